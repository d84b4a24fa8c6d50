using Imap4.Protocol.Fetch;
using Imap4.Protocol.Responses;
using static Imap4.Protocol.Tests.Fetch.FetchKit;

namespace Imap4.Protocol.Tests.Fetch;

public class BodyStructureTests
{
    private const string Env = "(\"Mon, 1 Jan 2024 10:00:00 +0000\" \"inner\" ((\"A\" NIL \"a\" \"x.org\")) NIL NIL NIL NIL NIL NIL \"<in@x.org>\")";

    // Dovecot style: message/rfc822 nested three deep, every part with full extension data.
    private static readonly string Dovecot =
        "* 5 FETCH (UID 9 BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)" +
        "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 900 " + Env + " " +
            "((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"8bit\" 20 2 NIL NIL NIL NIL)" +
            "(\"message\" \"rfc822\" (\"name\" \"fwd.eml\") NIL \"forwarded\" \"7bit\" 600 " + Env + " " +
                "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 300 " + Env + " " +
                    "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 30 3 \"md5sum\" (\"inline\" NIL) \"en\" \"http://x/\") 12 NIL NIL NIL NIL) " +
                "20 NIL (\"attachment\" (\"filename\" \"fwd.eml\")) (\"en\" \"de\") NIL) \"mixed\" (\"boundary\" \"inner\") NIL NIL NIL) " +
        "40 NIL (\"attachment\" NIL) NIL NIL) \"mixed\" (\"boundary\" \"outer\") NIL NIL NIL))";

    [Fact]
    public void Dovecot_nested_message_parts_round_trip_exactly()
    {
        FetchResponse r = AssertCanonical(Dovecot);
        var outer = Assert.IsType<MultipartBody>(r.BodyStructure);
        Assert.Equal("outer", outer.Boundary);
        Assert.True(outer.HasExtensionData);
        var level1 = Assert.IsType<MessageBody>(outer.Parts[1]);
        Assert.Equal(40ul, level1.Lines);
        Assert.True(level1.IsAttachment);
        var inner = Assert.IsType<MultipartBody>(level1.Body);
        var level2 = Assert.IsType<MessageBody>(inner.Parts[1]);
        Assert.Equal("fwd.eml", level2.FileName);
        Assert.Equal(["en", "de"], level2.Language!);
        var level3 = Assert.IsType<MessageBody>(level2.Body);
        var html = Assert.IsType<TextBody>(level3.Body);
        Assert.Equal("md5sum", html.Md5);
        Assert.Equal("http://x/", html.Location);
        Assert.Equal(["en"], html.Language!);
        Assert.False(html.LanguageIsList);
        Assert.Equal("<in@x.org>", level3.Envelope.MessageId);
        Assert.Equal(8, outer.Descendants().Count());
    }

    [Fact]
    public void Dovecot_structure_parses_when_split_at_every_byte()
    {
        FetchResponse whole = ParseFetch(Dovecot);
        FetchResponse split = ParseFetch(Wire.Segments.OneBytePerSegment(Bytes(Dovecot + "\r\n")));
        Assert.Equal(whole, split);
    }

    [Theory]
    [InlineData("(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 1 NIL)")] // md5 only
    [InlineData("(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 1 NIL NIL)")] // + disposition
    [InlineData("(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 1 NIL NIL (\"EN\"))")] // language as a list of one
    [InlineData("(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 1 NIL NIL NIL NIL 42 \"x\" (1 (NIL \"y\")))")] // further extensions
    [InlineData("(\"IMAGE\" \"PNG\" (\"NAME\" \"a.png\") \"<id>\" \"desc\" \"BASE64\" 100)")] // basic, no extension
    [InlineData("(\"APPLICATION\" \"PDF\" NIL NIL NIL \"BASE64\" 1 \"abc\" (\"ATTACHMENT\" (\"FILENAME\" \"x.pdf\")) NIL \"loc\")")]
    [InlineData("((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) \"MIXED\")")] // multipart, BODY form
    [InlineData("((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) \"MIXED\" NIL)")] // parameters only
    [InlineData("((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)(\"TEXT\" \"HTML\" NIL NIL NIL \"7BIT\" 1 1) \"ALTERNATIVE\" (\"BOUNDARY\" \"b\") (\"INLINE\" NIL) \"EN\" NIL 7)")]
    [InlineData("(\"MESSAGE\" \"GLOBAL\" NIL NIL NIL \"8BIT\" 5 (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) (\"TEXT\" \"PLAIN\" NIL NIL NIL \"8BIT\" 5 1) 1)")]
    public void Extension_data_writes_back_as_received(string body) => AssertCanonical($"* 1 FETCH (BODYSTRUCTURE {body})");

    [Fact]
    public void Fixture_structure_exposes_parts_and_attachment()
    {
        const string body = "(((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\" 5235 112 NIL NIL NIL NIL)" +
            "(\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\" 15235 312 NIL NIL NIL NIL) \"ALTERNATIVE\" " +
            "(\"BOUNDARY\" \"b1\") NIL NIL NIL)(\"APPLICATION\" \"PDF\" (\"NAME\" \"report.pdf\") NIL NIL \"BASE64\" 123456 NIL " +
            "(\"ATTACHMENT\" (\"FILENAME\" \"report.pdf\")) NIL NIL) \"MIXED\" (\"BOUNDARY\" \"b0\") NIL NIL NIL)";
        FetchResponse r = AssertCanonical($"* 1 FETCH (BODYSTRUCTURE {body})");
        var mixed = Assert.IsType<MultipartBody>(r.BodyStructure);
        var pdf = Assert.IsType<SinglePartBody>(mixed.Parts[1]);
        Assert.True(pdf.IsAttachment);
        Assert.Equal("report.pdf", pdf.FileName);
        Assert.Equal("application/pdf", pdf.ContentType);
        var plain = Assert.IsType<TextBody>(((MultipartBody)mixed.Parts[0]).Parts[0]);
        Assert.Same("QUOTED-PRINTABLE", plain.Encoding); // interned: no allocation per response
        Assert.Same("CHARSET", plain.Parameters![0].Name);
        Assert.Equal(4, plain.ExtensionFieldCount);
    }

    [Fact]
    public void Tolerates_text_part_without_lines()
    {
        FetchResponse r = AssertCanonical("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 NIL NIL NIL NIL))");
        var text = Assert.IsType<TextBody>(r.BodyStructure);
        Assert.Null(text.Lines);
        Assert.Equal(4, text.ExtensionFieldCount);
    }

    [Fact]
    public void Tolerates_multipart_without_parts()
    {
        var a = Assert.IsType<MultipartBody>(AssertCanonical("* 1 FETCH (BODYSTRUCTURE (\"MIXED\" (\"BOUNDARY\" \"x\") NIL NIL NIL))").BodyStructure);
        Assert.Empty(a.Parts);
        Assert.Equal("x", a.Boundary);
        var b = Assert.IsType<MultipartBody>(AssertCanonical("* 1 FETCH (BODY (\"MIXED\"))").BodyStructure);
        Assert.Equal("MIXED", b.MediaSubtype);
        Assert.Empty(b.Parts);
    }

    [Fact]
    public void Tolerates_message_rfc822_without_envelope()
    {
        FetchResponse r = AssertCanonical("* 1 FETCH (BODY (\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 100))");
        Assert.IsNotType<MessageBody>(r.BodyStructure);
        Assert.True(r.BodyStructure!.Is("message", "rfc822"));
    }

    [Fact]
    public void Tolerates_lowercase_nil_encoding_empty_params_and_extra_spaces()
    {
        FetchResponse r = AssertRoundTrip("* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" () NIL NIL NIL 10 1 NIL (\"attachment\" (\"filename\" NIL))) " +
            "(\"image\" \"gif\" (\"NAME\" \"a\") NIL NIL \"base64\" 5 NIL NIL NIL NIL ) \"mixed\"))");
        var mixed = Assert.IsType<MultipartBody>(r.BodyStructure);
        var text = Assert.IsType<TextBody>(mixed.Parts[0]);
        Assert.Null(text.Parameters);
        Assert.Null(text.Encoding);
        Assert.True(text.IsAttachment);
        Assert.Null(text.Disposition!.FileName);
        Assert.Equal(2, mixed.Parts.Count);
    }

    [Fact]
    public void Nested_deeper_than_the_limit_comes_back_raw()
    {
        string deep = string.Concat(Enumerable.Repeat("(", 300)) + "\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1" +
            string.Concat(Enumerable.Repeat(") \"MIXED\"", 299)) + ")";
        ImapResponse r = ResponseParser.Parse(Bytes($"* 1 FETCH (BODY {deep})\r\n"));
        Assert.NotNull(Assert.IsType<RawUntaggedResponse>(r).ParseError);
    }

    [Fact]
    public void Equality_compares_wire_forms()
    {
        BodyStructure a = new TextBody("PLAIN", [new BodyParameter("CHARSET", "UTF-8")], null, null, "7BIT", 3, 1) { Md5 = "m" };
        BodyStructure b = new TextBody("PLAIN", [new BodyParameter("CHARSET", "UTF-8")], null, null, "7BIT", 3, 1) { Md5 = "m" };
        BodyStructure c = new TextBody("PLAIN", [new BodyParameter("CHARSET", "UTF-8")], null, null, "7BIT", 3, 1);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"7BIT\" 3 1 \"m\")", a.ToString());
        Assert.Equal("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"7BIT\" 3 1)", c.ToString());
    }

    [Fact]
    public void Later_fields_set_by_callers_force_earlier_ones_as_nil()
    {
        var body = new SinglePartBody("APPLICATION", "PDF", null, null, null, "BASE64", 9) { Location = "here" };
        Assert.Equal("(\"APPLICATION\" \"PDF\" NIL NIL NIL \"BASE64\" 9 NIL NIL NIL \"here\")", body.ToString());
        Assert.True(body.HasExtensionData);
    }
}
