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
    }

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

    [Fact]
    public void ICloud_message_id_with_unescaped_quotes_is_read_to_the_envelope_end()
    {
        // Bytes as iCloud sends them (MailCore/mailcore2#1967): the Message-ID's own quotes are not escaped.
        FetchResponse r = ParseFetch("* 7 FETCH (UID 9 ENVELOPE (NIL \"Hi\" NIL NIL NIL NIL NIL NIL NIL " +
            "\"<17.13.JavaMail.\"cv@notice.example\"@v-mail-01>\") FLAGS (\\Seen))");
        Assert.Equal("<17.13.JavaMail.\"cv@notice.example\"@v-mail-01>", r.Envelope!.MessageId);
        Assert.Equal("Hi", r.Envelope.Subject);
        Assert.Equal(9u, r.Uid);
        Assert.Equal(r, ParseFetch(Write(r))); // written back with escapes, it parses the same
    }

    [Fact]
    public void Unterminated_lenient_message_id_is_still_an_error()
    {
        ImapResponse r = ResponseParser.Parse(Bytes("* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL NIL NIL NIL NIL \"<a\"b>))\r\n"));
        RawUntaggedResponse raw = Assert.IsType<RawUntaggedResponse>(r);
        Assert.Contains("unterminated", raw.ParseError, StringComparison.Ordinal);
    }
}
