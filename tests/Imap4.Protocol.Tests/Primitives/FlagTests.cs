using System.Text;
using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Tests.Primitives;

public class FlagTests
{
    [Theory]
    [InlineData(@"\Seen")]
    [InlineData(@"\SEEN")]
    [InlineData(@"\seen")]
    public void Well_known_flags_are_interned_in_any_case(string text)
    {
        Assert.Same(Flag.Seen, Flag.Parse(Encoding.ASCII.GetBytes(text)));
        Assert.Same(Flag.Seen, Flag.Parse(text));
        Assert.Equal(Flag.Seen, new Flag(text));
        Assert.Equal(Flag.Seen.GetHashCode(), new Flag(text).GetHashCode());
    }

    [Fact]
    public void Interning_covers_keywords_and_wildcard()
    {
        Assert.Same(Flag.Wildcard, Flag.Parse(@"\*"u8));
        Assert.Same(Flag.MdnSent, Flag.Parse("$mdnsent"u8));
        Assert.Same(Flag.Forwarded, Flag.Parse("$Forwarded"u8));
        Assert.Same(Flag.Junk, Flag.Parse("$Junk"u8));
        Assert.Same(Flag.NotJunk, Flag.Parse("$NotJunk"u8));
        Assert.Same(Flag.Phishing, Flag.Parse("$Phishing"u8));
        Assert.Same(Flag.Important, Flag.Parse("$Important"u8));
        Assert.Same(Flag.Recent, Flag.Parse(@"\Recent"u8));
    }

    [Fact]
    public void Parsing_a_well_known_flag_does_not_allocate()
    {
        ReadOnlySpan<byte> bytes = @"\Answered"u8;
        Flag.Parse(bytes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Flag f = Flag.Parse(bytes);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Same(Flag.Answered, f);
    }

    [Fact]
    public void Kinds()
    {
        Assert.True(Flag.Deleted.IsSystem);
        Assert.False(Flag.Deleted.IsKeyword);
        Assert.True(Flag.Forwarded.IsKeyword);
        Assert.True(new Flag(@"\Extension").IsSystem);
        Assert.True(new Flag("custom").IsKeyword);
        Assert.True(Flag.Wildcard.IsWildcard && Flag.Wildcard.IsSystem);
        Assert.False(Flag.Draft.IsWildcard);
        Assert.Equal(@"\Flagged", Flag.Flagged.ToString());
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData(@"\", 1)]
    [InlineData(@"\\Seen", 1)]
    [InlineData("a b", 1)]
    [InlineData("a(b", 1)]
    [InlineData(@"\Se*n", 3)]
    [InlineData("$Junk]", 5)]
    [InlineData("a\"", 1)]
    [InlineData("%", 0)]
    [InlineData("*", 0)]
    public void Invalid_flags_are_rejected(string text, int position)
    {
        Assert.Throws<ArgumentException>(() => new Flag(text));
        Assert.Throws<ImapParseException>(() => Flag.Parse(text));
        Assert.Equal(position, Assert.Throws<ImapParseException>(() => Flag.Parse(Encoding.ASCII.GetBytes(text))).Position);
        Assert.False(Flag.TryParse(text, out _));
    }

    [Fact]
    public void Unknown_flags_keep_their_spelling_and_compare_case_insensitively()
    {
        var f = Flag.Parse("$Label1"u8);
        Assert.Equal("$Label1", f.Value);
        Assert.Equal(new Flag("$LABEL1"), f);
        Assert.True(f == Flag.Parse("$label1"));
        Assert.True(f != Flag.Seen);
        Assert.True(Flag.TryParse("NonJunk", out var g) && g.IsKeyword);
    }
}
