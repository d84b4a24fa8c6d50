using System.Buffers;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Primitives;

public class ImapStringTests
{
    private static string Write(ImapString s)
    {
        var buffer = new ArrayBufferWriter<byte>();
        s.Write(new ImapWriter(buffer, ImapWriterOptions.Server));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static ImapString Read(string wire)
    {
        var r = new ImapReader(Encoding.UTF8.GetBytes(wire));
        ImapString s = ImapString.ReadAString(ref r);
        Assert.True(r.End);
        return s;
    }

    [Theory]
    [InlineData("INBOX", StringForm.Atom, "INBOX")]
    [InlineData("a b", StringForm.Quoted, "\"a b\"")]
    [InlineData("NIL", StringForm.Quoted, "\"NIL\"")]
    [InlineData("x\r\ny", StringForm.Literal, "{4}\r\nx\r\ny")]
    [InlineData("Grüße", StringForm.Literal, "{7}\r\nGrüße")]
    public void From_text_picks_the_smallest_form(string text, StringForm form, string wire)
    {
        ImapString s = ImapString.FromText(text);
        Assert.Equal(form, s.Form);
        Assert.Equal(wire, Write(s));
        Assert.Equal(text, Read(wire).Text);
    }

    [Theory]
    [InlineData("{3+}\r\nabc", StringForm.NonSynchronizingLiteral)]
    [InlineData("~{3}\r\na\0c", StringForm.Literal8)]
    [InlineData("{3}\r\nabc", StringForm.Literal)]
    [InlineData("\"q\\\"x\"", StringForm.Quoted)]
    [InlineData("at]om", StringForm.Atom)]
    public void Reading_keeps_the_form(string wire, StringForm form)
    {
        ImapString s = Read(wire);
        Assert.Equal(form, s.Form);
        ImapString back = Read(Write(s));
        Assert.True(back.Bytes.Span.SequenceEqual(s.Bytes.Span));
        Assert.Equal(s.IsLiteral, back.IsLiteral);
    }

    [Fact]
    public void Invalid_values_cannot_exist()
    {
        Assert.Throws<ArgumentException>(() => ImapString.Quoted("a\nb"));
        Assert.Throws<ArgumentException>(() => ImapString.Literal("a\0b"u8));
        Assert.Throws<ArgumentException>(() => ImapString.Literal("ab"u8, StringForm.Quoted));
        Assert.Throws<ArgumentException>(() => new Atom("two words"));
        Assert.Throws<ArgumentException>(() => new Atom(""));
        Assert.Equal("FLAGS", new Atom("FLAGS").Value);
    }

    [Fact]
    public void Nstring_nil_is_null()
    {
        var r = new ImapReader("NIL"u8.ToArray());
        Assert.Null(ImapString.ReadNString(ref r));
    }

    [Fact]
    public void Any_text_round_trips_through_its_chosen_form() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), s =>
        {
            string text = s.Get.Replace("\0", "", StringComparison.Ordinal);
            if (text.Any(char.IsSurrogate)) return true;
            return Read(Write(ImapString.FromText(text))).Text == text;
        }).QuickCheckThrowOnFailure();
}
