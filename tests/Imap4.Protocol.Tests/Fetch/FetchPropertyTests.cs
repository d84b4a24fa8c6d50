using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Responses;
using static Imap4.Protocol.Tests.Fetch.FetchKit;

namespace Imap4.Protocol.Tests.Fetch;

public class FetchPropertyTests
{
    [Fact]
    public void Any_fetch_response_writes_parses_and_writes_the_same() =>
        Prop.ForAll(FetchGenerators.Response.ToArbitrary(), response =>
        {
            byte[] written = WriteBytes(response);
            ImapResponse result = ResponseParser.Parse(written);
            if (result is RawUntaggedResponse raw) Assert.Fail($"{raw.ParseError} in {Text(written)}");
            var parsed = (FetchResponse)result;
            Assert.Equal(Text(written), Text(WriteBytes(parsed)));
            Assert.Equal(response, parsed);
            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Any_body_structure_round_trips_over_split_segments() =>
        Prop.ForAll(FetchGenerators.Body(3).ToArbitrary(), Gen.Choose(1, 400).ToArbitrary(), (body, cut) =>
        {
            byte[] written = WriteBytes(new FetchResponse(1, [new Imap4.Protocol.Fetch.BodyStructureItem(body)]));
            FetchResponse parsed = ParseFetch(Wire.Segments.Split(written, cut, cut * 2));
            Assert.Equal(body, parsed.BodyStructure);
            return true;
        }).QuickCheckThrowOnFailure();
}
