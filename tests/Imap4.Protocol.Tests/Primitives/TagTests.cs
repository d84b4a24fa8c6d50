using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Tests.Primitives;

public class TagTests
{
    [Theory]
    [InlineData("A001")]
    [InlineData("a.b-c_d]")]
    [InlineData("x")]
    public void Valid_tags_parse_from_text_and_bytes(string text)
    {
        Assert.Equal(text, Tag.Parse(text).ToString());
        Assert.Equal(new Tag(text), Tag.Parse(System.Text.Encoding.ASCII.GetBytes(text)));
        Assert.True(Tag.TryParse(text, out Tag? tag));
        Assert.Equal(text, tag!.Value);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("A+1", 1)]
    [InlineData("A 1", 1)]
    [InlineData("A*", 1)]
    [InlineData("(A", 0)]
    [InlineData("A{", 1)]
    [InlineData("A\"", 1)]
    [InlineData("A%", 1)]
    [InlineData("A\\", 1)]
    public void Invalid_tags_are_rejected_with_position(string text, int position)
    {
        Assert.Throws<ArgumentException>(() => new Tag(text));
        Assert.Equal(position, Assert.Throws<ImapParseException>(() => Tag.Parse(text)).Position);
        Assert.Equal(position, Assert.Throws<ImapParseException>(() => Tag.Parse(System.Text.Encoding.ASCII.GetBytes(text))).Position);
        Assert.False(Tag.TryParse(text, out _));
    }

    [Fact]
    public void Non_ascii_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Tag("Ä1"));
        Assert.Throws<ImapParseException>(() => Tag.Parse(new byte[] { 0x41, 0xC3, 0x84 }));
    }

    [Fact]
    public void Equality_is_ordinal()
    {
        Assert.Equal(new Tag("A1"), new Tag("A1"));
        Assert.NotEqual(new Tag("A1"), new Tag("a1"));
        Assert.True(new Tag("A1") == Tag.Parse("A1"));
    }
}

public class TagGeneratorTests
{
    [Theory]
    [InlineData(0u, "A")]
    [InlineData(1u, "B")]
    [InlineData(15u, "P")]
    [InlineData(16u, "BA")]
    [InlineData(0x1234u, "BCDE")]
    [InlineData(uint.MaxValue, "PPPPPPPP")]
    public void ToLetters_writes_base16_with_letters(uint value, string expected) =>
        Assert.Equal(expected, TagGenerator.ToLetters(value));

    [Fact]
    public void Random_prefix_is_four_letters_A_to_P_and_numbers_increase()
    {
        var generator = new TagGenerator();
        Assert.Matches("^[A-P]{4}$", generator.Prefix);
        Assert.Equal(generator.Prefix + "0", generator.Next().Value);
        Assert.Equal(generator.Prefix + "1", generator.Next().Value);
        Assert.Equal(generator.Prefix + "2", generator.Next().ToString());
    }

    [Fact]
    public void Fixed_prefix_and_start()
    {
        var generator = new TagGenerator("JKLM", 41);
        Assert.Equal(new Tag("JKLM41"), generator.Next());
        Assert.Equal(new Tag("JKLM42"), generator.Next());
        Assert.Throws<ArgumentException>(() => new TagGenerator("A+"));
    }

    [Fact]
    public void Tags_are_unique_across_threads()
    {
        var generator = new TagGenerator("T");
        var tags = new System.Collections.Concurrent.ConcurrentBag<Tag>();
        Parallel.For(0, 1000, _ => tags.Add(generator.Next()));
        Assert.Equal(1000, tags.Distinct().Count());
    }
}
