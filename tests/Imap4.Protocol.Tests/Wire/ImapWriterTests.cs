using System.Buffers;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Wire;

public class ImapWriterTests
{
    private static (string Text, ImapWriter Writer) Write(Action<ImapWriter> action, ImapWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var w = new ImapWriter(buffer, options);
        action(w);
        Assert.Equal(buffer.WrittenCount, w.BytesWritten);
        return (Encoding.UTF8.GetString(buffer.WrittenSpan), w);
    }

    [Theory]
    [InlineData("INBOX", "INBOX")]
    [InlineData("a]b", "a]b")]
    [InlineData("two words", "\"two words\"")]
    [InlineData("", "\"\"")]
    [InlineData("NIL", "\"NIL\"")]
    [InlineData("quo\"te\\", "\"quo\\\"te\\\\\"")]
    [InlineData("line\r\nbreak", "{11}\r\nline\r\nbreak")]
    [InlineData("Entw\u00fcrfe", "{9}\r\nEntw\u00fcrfe")]
    public void Astring_picks_atom_quoted_or_literal(string value, string wire) =>
        Assert.Equal(wire, Write(w => w.WriteAString(value)).Text);

    [Fact]
    public void Utf8_accept_quotes_8bit_text() =>
        Assert.Equal("\"Entw\u00fcrfe\"", Write(w => w.WriteAString("Entw\u00fcrfe"), new ImapWriterOptions { Utf8 = true }).Text);

    [Fact]
    public void Synchronizing_literal_records_continuation_point()
    {
        var (text, w) = Write(w => { w.WriteRaw("A1 LOGIN "); w.WriteString("a\nb"); w.WriteSpace(); w.WriteString("p"); w.WriteCrlf(); });
        Assert.Equal("A1 LOGIN {3}\r\na\nb \"p\"\r\n", text);
        Assert.Equal([(long)"A1 LOGIN {3}\r\n".Length], w.ContinuationPoints);
    }

    [Theory]
    [InlineData(LiteralMode.NonSynchronizing, 10, "{10+}\r\n", false)]
    [InlineData(LiteralMode.LiteralMinus, 4096, "{4096+}\r\n", false)]
    [InlineData(LiteralMode.LiteralMinus, 4097, "{4097}\r\n", true)]
    [InlineData(LiteralMode.Synchronizing, 1, "{1}\r\n", true)]
    public void Literal_modes(LiteralMode mode, long size, string header, bool sync)
    {
        var (text, w) = Write(w => Assert.Equal(sync, w.WriteLiteralHeader(size)), new ImapWriterOptions { LiteralMode = mode });
        Assert.Equal(header, text);
        Assert.Equal(sync ? 1 : 0, w.ContinuationPoints.Count);
    }

    [Fact]
    public void Server_literals_never_wait() =>
        Assert.Empty(Write(w => w.WriteLiteral("abc"u8), ImapWriterOptions.Server).Writer.ContinuationPoints);

    [Fact]
    public void Nul_is_refused_except_in_literal8()
    {
        Assert.Throws<ArgumentException>(() => Write(w => w.WriteString("a\0b")));
        Assert.Equal("~{3}\r\na\0b", Write(w => w.WriteLiteral("a\0b"u8, binary: true)).Text);
    }

    [Fact]
    public void Written_strings_read_back()
    {
        string[] values = ["x", "a b", "\"\\", "multi\r\nline", "Entw\u00fcrfe", new string('z', 5000), "]"];
        foreach (string v in values)
        {
            var (text, _) = Write(w => w.WriteAString(v));
            var r = new ImapReader(Encoding.UTF8.GetBytes(text));
            Assert.Equal(v, r.ReadAString());
            Assert.True(r.End);
        }
    }
}
