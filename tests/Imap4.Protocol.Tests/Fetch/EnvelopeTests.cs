using Imap4.Protocol.Fetch;
using Imap4.Protocol.Responses;
using static Imap4.Protocol.Tests.Fetch.FetchKit;

namespace Imap4.Protocol.Tests.Fetch;

public class EnvelopeTests
{
    [Fact]
    public void Address_to_string_forms()
    {
        Assert.Equal("Terry Gray <gray@cac.washington.edu>", new Address("Terry Gray", null, "gray", "cac.washington.edu").ToString());
        Assert.Equal("gray@cac.washington.edu", new Address(null, null, "gray", "cac.washington.edu").ToString());
        Assert.Equal("\"Gray, Terry\" <gray@x>", new Address("Gray, Terry", null, "gray", "x").ToString());
        Assert.Equal("friends:", Address.GroupStart("friends").ToString());
        Assert.Equal(";", Address.GroupEnd.ToString());
    }

    [Fact]
    public void Group_syntax_is_flattened_in_the_list()
    {
        FetchResponse r = AssertCanonical("* 1 FETCH (ENVELOPE (NIL \"=?utf-8?q?caf=C3=A9?=\" NIL NIL NIL " +
            "((NIL NIL \"friends\" NIL)(\"Ann\" NIL \"ann\" \"x.org\")(NIL NIL \"bob\" \"y.org\")(NIL NIL NIL NIL)) NIL NIL NIL NIL))");
        Envelope e = r.Envelope!;
        Assert.Equal("=?utf-8?q?caf=C3=A9?=", e.Subject); // encoded words are not decoded here
        Assert.True(e.To![0].IsGroupStart);
        Assert.True(e.To[3].IsGroupEnd);
        Assert.Same(Address.GroupEnd, e.To[3]);
        Assert.Equal("ann@x.org", e.To[1].EmailAddress);
        Assert.Equal("friends: Ann <ann@x.org>, bob@y.org;", Address.Format(e.To));
        Assert.Null(e.Date);
        Assert.Null(e.TryParseDate());
    }

    [Theory]
    [InlineData("Thu, 03 Mar 2016 12:25:01 -0500", "2016-03-03T12:25:01-05:00")]
    [InlineData("3 Mar 2016 12:25 +0100", "2016-03-03T12:25:00+01:00")]
    [InlineData("Wed, 17 Jul 1996 02:23:25 -0700 (PDT)", "1996-07-17T02:23:25-07:00")]
    [InlineData("Fri, 21 Nov 97 09:55:06 GMT", "1997-11-21T09:55:06+00:00")]
    [InlineData("Mon, 1 Jan 2024 10:00:00 EST", "2024-01-01T10:00:00-05:00")]
    public void Date_helper_parses_rfc5322_forms(string raw, string expected)
    {
        var e = new Envelope(raw, null, null, null, null, null, null, null, null, null);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), e.TryParseDate());
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, e.TryParseDate()!.Value.Offset);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2020 10:00:00 +0000")]
    [InlineData("")]
    public void Date_helper_returns_null_for_garbage(string raw) =>
        Assert.Null(new Envelope(raw, null, null, null, null, null, null, null, null, null).TryParseDate());

    [Fact]
    public void Literal_strings_and_empty_address_lists_are_accepted()
    {
        FetchResponse r = AssertRoundTrip("* 1 FETCH (ENVELOPE (NIL {5}\r\nhello () NIL NIL NIL NIL NIL NIL \"<id>\"))");
        Assert.Equal("hello", r.Envelope!.Subject);
        Assert.Empty(r.Envelope.From!);
    }

    [Fact]
    public void Eight_bit_subject_round_trips_as_a_literal()
    {
        FetchResponse r = ParseFetch("* 1 FETCH (ENVELOPE (NIL {6}\r\ncafé NIL NIL NIL NIL NIL NIL NIL NIL))".Replace("{6}", "{5}", StringComparison.Ordinal));
        Assert.Equal("café", r.Envelope!.Subject);
        Assert.Contains("{5}\r\ncafé", Write(r), StringComparison.Ordinal);
        Assert.Equal(r, ParseFetch(Write(r)));
    }
}
