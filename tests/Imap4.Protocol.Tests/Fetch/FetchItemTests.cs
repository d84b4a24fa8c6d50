using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using static Imap4.Protocol.Tests.Fetch.FetchKit;

namespace Imap4.Protocol.Tests.Fetch;

public class FetchItemTests
{
    [Fact]
    public void Body_literal_with_crlf_and_8bit_bytes_is_copied_and_written_back()
    {
        byte[] content = [.. "Subject: caf"u8, 0xC3, 0xA9, .. "\r\n\r\nline 1\r\n"u8, 0xFF, 0x80, .. "\r\n"u8];
        byte[] frame = [.. Bytes($"* 3 FETCH (UID 5 BODY[1.2]<100> {{{content.Length}}}\r\n"), .. content, .. ")\r\n"u8];
        FetchResponse r = ParseFetch(new System.Buffers.ReadOnlySequence<byte>(frame));
        BodySectionItem item = Assert.Single(r.Sections);
        Assert.Equal(content, item.Content!.Value.ToArray());
        Assert.Equal(100u, item.Origin);
        Assert.Equal(BodySection.ForPart(1, 2), item.Section);
        Assert.Same(item, r.GetSection(BodySection.ForPart(1, 2), 100));
        Assert.Equal(frame, WriteBytes(r));
        frame[^5] = (byte)'X'; // the copy does not alias the frame
        Assert.Equal(0xFF & content[^5], item.Content.Value.Span[^5]);
    }

    [Fact]
    public void Every_item_kind_round_trips_and_survives_every_split()
    {
        const string wire = "* 7 FETCH (UID 7 FLAGS (\\Seen $Forwarded \\Recent) INTERNALDATE \" 3-Mar-2016 17:25:01 +0000\" " +
            "RFC822.SIZE 99999999999 MODSEQ (5) EMAILID (Mabc) THREADID (Tdef) SAVEDATE NIL PREVIEW \"hi \\\"there\\\"\" " +
            "X-GM-MSGID 1278455344230334865 X-GM-THRID 1266894439832287888 X-GM-LABELS (\\Inbox \\Sent Important \"Muy Importante\") " +
            "RFC822.HEADER {6}\r\na: b\r\n RFC822.TEXT NIL RFC822 \"x\" BODY[HEADER.FIELDS (FROM TO)] {4}\r\nab\r\n BODY[] NIL " +
            "BINARY[1] \"dec\" BINARY.SIZE[] 12 BINARY[2]<5> ~{3}\r\nxyz X-UNKNOWN (a \"b)\" {1}\r\n) (c)) X-FLAG \\Foo X-NOVALUE)";
        FetchResponse r = AssertCanonical(wire);
        Assert.Equal(23, r.Items.Count);
        Assert.Equal([Flag.Seen, Flag.Forwarded, Flag.Recent], r.Flags!);
        Assert.Equal(99999999999ul, r.Size);
        Assert.Equal("hi \"there\"", r.Preview);
        Assert.Equal(1278455344230334865ul, r.GmailMessageId);
        Assert.Equal(1266894439832287888ul, r.GmailThreadId);
        Assert.Equal(["\\Inbox", "\\Sent", "Important", "Muy Importante"], r.GmailLabels!);
        Assert.Equal("a: b\r\n", Text(r.Items.OfType<Rfc822Item>().First().Content!.Value.Span));
        var unknown = r.Items.OfType<UnknownFetchItem>().ToArray();
        Assert.Equal(["X-UNKNOWN", "X-FLAG", "X-NOVALUE"], unknown.Select(u => u.Name));
        Assert.Equal("(a \"b)\" {1}\r\n) (c))", unknown[0].ValueText);
        Assert.True(r.GetBinary(2)!.IsLiteral8);
        Assert.False(r.GetBinary(1)!.IsLiteral8);

        byte[] bytes = Bytes(wire + "\r\n");
        Assert.Equal(r, ParseFetch(Wire.Segments.OneBytePerSegment(bytes)));
        for (int cut = 1; cut < bytes.Length; cut++)
            Assert.Equal(r, ParseFetch(Wire.Segments.Split(bytes, cut)));
    }

    [Fact]
    public void Lowercase_names_and_sp_before_the_closing_parenthesis_are_accepted()
    {
        FetchResponse r = AssertRoundTrip("* 1 fetch (uid 4 flags (\\seen) body[text] \"x\" )");
        Assert.Equal(4u, r.Uid);
        Assert.Same(Flag.Seen, r.Flags![0]);
        Assert.Equal("* 1 FETCH (UID 4 FLAGS (\\Seen) BODY[TEXT] \"x\")\r\n", Write(r));
    }

    [Fact]
    public void Empty_item_list_is_accepted()
    {
        FetchResponse r = AssertCanonical("* 1 FETCH ()");
        Assert.Empty(r.Items);
        Assert.Null(r.Uid);
        Assert.Null(r.Envelope);
    }

    public static TheoryData<string> Malformed => new()
    {
        "* 1 FETCH",
        "* 1 FETCH UID 4",
        "* 1 FETCH (UID)",
        "* 1 FETCH (UID x)",
        "* 1 FETCH (UID 4",
        "* 1 FETCH (UID 4 FLAGS (\\Seen)",
        "* 1 FETCH (FLAGS (\\))",
        "* 1 FETCH (INTERNALDATE \"31-Feb-2020 10:00:00 +0000\")",
        "* 1 FETCH (INTERNALDATE NIL)",
        "* 1 FETCH (ENVELOPE (NIL NIL))",
        "* 1 FETCH (ENVELOPE NIL)",
        "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" x))",
        "* 1 FETCH (BODYSTRUCTURE ())",
        "* 1 FETCH (BODY[HEADER {5}\r\nabc)",
        "* 1 FETCH (BODY[] {50}\r\nshort)",
        "* 1 FETCH (BINARY[0] NIL)",
        "* 1 FETCH (MODSEQ (99999999999999999999))",
        "* 1 FETCH (RFC822.SIZE -1)",
        "* 1 FETCH (X-FOO \"unterminated)",
        "* 1 FETCH (UID 4) trailing",
        "* 1 FETCH (\"quoted\" 1)",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_fetch_comes_back_raw_with_a_reason(string wire)
    {
        ImapResponse r = ResponseParser.Parse(Bytes(wire + "\r\n"));
        var raw = Assert.IsType<RawUntaggedResponse>(r);
        Assert.Equal("FETCH", raw.Keyword);
        Assert.Equal(1u, raw.Number);
        Assert.False(string.IsNullOrEmpty(raw.ParseError));
        Assert.Equal(wire[2..], Text(raw.Data.Span));
    }

    [Fact]
    public void Truncations_of_a_full_response_never_throw()
    {
        byte[] full = Bytes("* 1 FETCH (UID 1 FLAGS (\\Seen) ENVELOPE (\"d\" \"s\" ((\"n\" NIL \"m\" \"h\")) NIL NIL NIL NIL NIL NIL \"<i>\") " +
            "BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 1 1 NIL NIL NIL NIL) \"MIXED\" NIL NIL NIL NIL) BODY[] {3}\r\nabc)\r\n");
        for (int n = 12; n < full.Length - 2; n++)
        {
            byte[] cut = [.. full.AsSpan(0, n), .. "\r\n"u8];
            ImapResponse r = ResponseParser.Parse(cut);
            Assert.True(r is RawUntaggedResponse { ParseError: not null } || r is FetchResponse, $"cut at {n}");
        }
    }

    [Fact]
    public void Items_have_wire_form_to_string()
    {
        Assert.Equal("UID 5", new UidItem(5).ToString());
        Assert.Equal("MODSEQ (7)", new ModSeqItem(7).ToString());
        Assert.Equal("THREADID NIL", new ThreadIdItem(null).ToString());
        Assert.Equal("BODY[HEADER] NIL", new BodySectionItem(BodySection.Header, null, null).ToString());
        Assert.Equal("BINARY[1.2] ~{1}\r\n\0", new BinaryItem([1, 2], null, new byte[] { 0 }).ToString());
        Assert.Equal("* 3 FETCH (UID 5 RFC822.SIZE 9)", new FetchResponse(3, [new UidItem(5), new Rfc822SizeItem(9)]).ToString());
    }

    [Fact]
    public void Records_with_contents_compare_by_value()
    {
        Assert.Equal(new BodySectionItem(BodySection.Text, 1, new byte[] { 1, 2 }), new BodySectionItem(BodySection.Text, 1, new byte[] { 1, 2 }));
        Assert.NotEqual(new BodySectionItem(BodySection.Text, 1, new byte[] { 1, 2 }), new BodySectionItem(BodySection.Text, 1, null));
        Assert.NotEqual(new BodySectionItem(BodySection.Text, null, ReadOnlyMemory<byte>.Empty), new BodySectionItem(BodySection.Text, null, null));
        Assert.Equal(new FlagsItem([Flag.Seen]), new FlagsItem([new Flag("\\SEEN")]));
        Assert.Equal(new FlagsItem([Flag.Seen]).GetHashCode(), new FlagsItem([new Flag("\\SEEN")]).GetHashCode());
        Assert.NotEqual(new InternalDateItem(new DateTimeOffset(2020, 1, 1, 1, 0, 0, TimeSpan.FromHours(1))),
            new InternalDateItem(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }
}
