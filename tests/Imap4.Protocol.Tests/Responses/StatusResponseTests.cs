using System.Buffers;
using System.Text;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Responses;

public class StatusResponseTests
{
    private static ImapResponse Parse(string s) => ResponseParser.Parse(Encoding.UTF8.GetBytes(s));

    private static string Write(ImapResponse r)
    {
        var b = new ArrayBufferWriter<byte>();
        r.Write(new ImapWriter(b, ImapWriterOptions.Server));
        return Encoding.UTF8.GetString(b.WrittenSpan);
    }

    [Theory]
    [InlineData("* OK IMAP4rev2 server ready\r\n", null, StatusKind.Ok, "IMAP4rev2 server ready")]
    [InlineData("a002 NO [ALERT] Mailbox is full\r\n", "a002", StatusKind.No, "Mailbox is full")]
    [InlineData("* BYE Autologout; idle for too long\r\n", null, StatusKind.Bye, "Autologout; idle for too long")]
    [InlineData("* PREAUTH IMAP4rev2 server logged in as Smith\r\n", null, StatusKind.PreAuth, "IMAP4rev2 server logged in as Smith")]
    [InlineData("A1 BAD [CLIENTBUG] Command unknown\r\n", "A1", StatusKind.Bad, "Command unknown")]
    public void Parses_and_writes_status(string wire, string? tag, StatusKind kind, string text)
    {
        var r = Assert.IsType<StatusResponse>(Parse(wire));
        Assert.Equal(tag, r.Tag);
        Assert.Equal(kind, r.Kind);
        Assert.Equal(text, r.Text);
        Assert.Equal(wire, Write(r));
    }

    [Fact]
    public void Unknown_code_is_kept_raw()
    {
        var r = Assert.IsType<StatusResponse>(Parse("* OK [XWEIRD 1 (a b)] hi\r\n"));
        Assert.Equal("XWEIRD", r.Code!.Name);
        Assert.Equal("1 (a b)", r.Code.RawArguments);
        Assert.Equal("* OK [XWEIRD 1 (a b)] hi\r\n", Write(r));
    }

    [Fact]
    public void Continuation_with_base64()
    {
        var r = Assert.IsType<ContinuationResponse>(Parse("+ YGgGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzBeBiVHeceP2CWY0SR0fAQAgAAQEBAQ=\r\n"));
        Assert.NotNull(r.TryDecodeBase64());
        Assert.IsType<ContinuationResponse>(Parse("+\r\n"));
    }

    [Fact]
    public void Unknown_untagged_response_is_kept_raw()
    {
        var r = Assert.IsType<RawUntaggedResponse>(Parse("* XSTUFF (1 2 \"x\")\r\n"));
        Assert.Equal("XSTUFF", r.Keyword);
        Assert.Null(r.ParseError);
        Assert.Equal("* XSTUFF (1 2 \"x\")\r\n", Write(r));
        var n = Assert.IsType<RawUntaggedResponse>(Parse("* 7 XNUM\r\n"));
        Assert.Equal(7u, n.Number);
    }
}
