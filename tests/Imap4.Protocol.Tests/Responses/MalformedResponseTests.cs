using System.Text;
using Imap4.Protocol.Responses;

namespace Imap4.Protocol.Tests.Responses;

public class MalformedResponseTests
{
    [Theory]
    [InlineData("* LIST (\\Noselect \"/\" foo", "LIST")]
    [InlineData("* LIST () \"ab\" foo", "LIST")]
    [InlineData("* LIST () \"/\" &Jjo", "LIST")]
    [InlineData("* LIST () \"/\" foo (\"CHILDINFO\" \"SUBSCRIBED\")", "LIST")]
    [InlineData("* LIST () \"/\" foo (\"X\" (a b)", "LIST")]
    [InlineData("* FLAGS (\\Seen", "FLAGS")]
    [InlineData("* FLAGS \\Seen", "FLAGS")]
    [InlineData("* CAPABILITY IMAP4rev1 AUTH=", "CAPABILITY")]
    [InlineData("* STATUS x (MESSAGES abc)", "STATUS")]
    [InlineData("* STATUS x (MESSAGES 1", "STATUS")]
    [InlineData("* STATUS x (MAILBOXID (a.b))", "STATUS")]
    [InlineData("* 0 EXPUNGE", "EXPUNGE")]
    [InlineData("* 3 EXISTS extra", "EXISTS")]
    [InlineData("* VANISHED (LATER) 1", "VANISHED")]
    [InlineData("* VANISHED 1:*", "VANISHED")]
    [InlineData("* NAMESPACE ((\"\")) NIL NIL", "NAMESPACE")]
    [InlineData("* NAMESPACE NIL NIL", "NAMESPACE")]
    [InlineData("* ID (\"a\")", "ID")]
    [InlineData("* QUOTA r (STORAGE 1)", "QUOTA")]
    [InlineData("* ACL INBOX Fred", "ACL")]
    [InlineData("* MYRIGHTS INBOX", "MYRIGHTS")]
    [InlineData("* METADATA INBOX (/a)", "METADATA")]
    [InlineData("* METADATA INBOX", "METADATA")]
    [InlineData("* ANNOTATION INBOX \"/a\" (\"x\")", "ANNOTATION")]
    public void Malformed_untagged_responses_are_kept_raw_with_the_reason(string line, string keyword)
    {
        var raw = Assert.IsType<RawUntaggedResponse>(ResponseWire.Parse(line));
        Assert.Equal(keyword, raw.Keyword);
        Assert.False(string.IsNullOrEmpty(raw.ParseError));
        Assert.Equal(line, ResponseWire.Write(raw)); // nothing is lost
    }

    [Fact]
    public void Number_beyond_32_bits_before_a_keyword_is_kept_raw()
    {
        var raw = Assert.IsType<RawUntaggedResponse>(ResponseWire.Parse("* 4294967296 EXISTS"));
        Assert.Contains("4294967295", raw.ParseError, StringComparison.Ordinal);
        Assert.Equal("EXISTS", raw.Keyword);
        Assert.Null(raw.Number);
    }

    [Theory]
    [InlineData("* OK [UIDNEXT abc]")]
    [InlineData("a1 NO [CAPABILITY AUTH=] x")]
    [InlineData("* OK [BADCHARSET (UTF-8] x")]
    public void Malformed_codes_are_kept_raw(string line)
    {
        var status = Assert.IsType<StatusResponse>(ResponseWire.Parse(line));
        Assert.Equal(typeof(ResponseCode), status.Code!.GetType());
        Assert.NotNull(status.Code.RawArguments);
    }

    [Fact]
    public void Literals_inside_lists_are_read_across_segments()
    {
        byte[] frame = Encoding.UTF8.GetBytes("* METADATA INBOX (/a {5}\r\nhello /b \"x\")\r\n");
        var seq = Imap4.Protocol.Tests.Wire.Segments.Split(frame, 3, 20, 26, 30);
        var r = Assert.IsType<MetadataResponse>(ResponseParser.Parse(seq));
        Assert.Equal("hello", r.Entries[0].ValueText);
        var one = Assert.IsType<MetadataResponse>(ResponseParser.Parse(Imap4.Protocol.Tests.Wire.Segments.OneBytePerSegment(frame)));
        Assert.Equal(r, one);
    }
}
