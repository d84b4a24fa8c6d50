using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Wire;

public class ImapReaderTests
{
    private static ImapReader Reader(string s) => new(Encoding.UTF8.GetBytes(s));

    [Fact]
    public void Reads_atoms_numbers_and_spaces()
    {
        var r = Reader("a001 12 FETCH\r\n");
        Assert.Equal("a001", Encoding.ASCII.GetString(r.ReadTagSpan()));
        r.ReadSpace();
        Assert.Equal(12u, r.ReadNumber());
        r.ReadSpace();
        Assert.True(r.TryReadKeyword("fetch"u8));
        r.ReadCrlf();
        r.ExpectEnd();
    }

    [Fact]
    public void Keyword_does_not_match_a_longer_atom()
    {
        var r = Reader("FETCHX");
        Assert.False(r.TryReadKeyword("FETCH"u8));
        Assert.Equal(0, r.Position);
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("\"a\\\"b\\\\c\"", "a\"b\\c")]
    [InlineData("\"\"", "")]
    [InlineData("{3}\r\nx\ny", "x\ny")]
    [InlineData("{3+}\r\nabc", "abc")]
    [InlineData("~{2}\r\nab", "ab")]
    [InlineData("atom]", "atom]")]
    [InlineData("\"Entw\u00fcrfe\"", "Entw\u00fcrfe")]
    public void Reads_astrings(string wire, string expected) => Assert.Equal(expected, Reader(wire).ReadAString());

    [Fact]
    public void Nstring_nil_is_null() => Assert.Null(Reader("NIL").ReadNString());

    [Theory]
    [InlineData("\"abc", "unterminated quoted string")]
    [InlineData("\"a\\bc\"", "invalid escape in quoted string")]
    [InlineData("{5}\r\nab", "literal longer than the data")]
    [InlineData("{5}ab", "expected CRLF after literal size")]
    public void Bad_strings_fail_with_reason(string wire, string reason)
    {
        var e = Assert.Throws<ImapParseException>(() => Reader(wire).ReadAString());
        Assert.Equal(reason, e.Reason);
        Assert.True(e.Position >= 0);
    }

    [Theory]
    [InlineData("4294967296")]
    [InlineData("99999999999999999999")]
    public void Number_overflow_is_a_parse_error(string wire) =>
        Assert.Throws<ImapParseException>(() => Reader(wire).ReadNumber());

    [Fact]
    public void Number64_reads_large_modseq() => Assert.Equal(9223372036854775807ul, Reader("9223372036854775807").ReadNumber64());

    [Fact]
    public void Nesting_deeper_than_limit_fails()
    {
        string deep = new string('(', 100_000);
        var e = Assert.Throws<ImapParseException>(new Action(() =>
        {
            var r = Reader(deep);
            while (true) r.EnterList();
        }));
        Assert.Contains("nesting deeper than 64", e.Reason);
        Assert.Equal(64, e.Position);
    }

    [Fact]
    public void Tokens_spanning_segments_are_read()
    {
        byte[] data = Encoding.ASCII.GetBytes("ENVELOPE \"quoted\\\"x\" {4}\r\nabcd\r\n");
        for (int cut = 1; cut < data.Length; cut++)
        {
            var seq = Segments.Split(data, cut);
            var r = new ImapReader(seq);
            Assert.True(r.TryReadKeyword("ENVELOPE"u8));
            r.ReadSpace();
            Assert.Equal("quoted\"x", r.ReadString());
            r.ReadSpace();
            Assert.Equal("abcd", r.ReadString());
            r.ReadCrlf();
            r.ExpectEnd();
        }
    }
}
