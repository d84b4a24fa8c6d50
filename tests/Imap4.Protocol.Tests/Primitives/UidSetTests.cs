using System.Text;
using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Tests.Primitives;

public class UidSetTests
{
    private static UidSet P(string s) => UidSet.Parse(Encoding.ASCII.GetBytes(s));

    [Theory]
    [InlineData("304,319:320")]
    [InlineData("3956:3958")]
    [InlineData("5:3,1")]
    [InlineData("4294967295")]
    public void Parses_and_writes_the_same_text(string text)
    {
        Assert.Equal(text, P(text).ToString());
        Assert.Equal(P(text), UidSet.Parse(text));
        Assert.True(UidSet.TryParse(text, out _));
    }

    [Theory]
    [InlineData("*", 0)]
    [InlineData("1:*", 2)]
    [InlineData("$", 0)]
    [InlineData("0", 0)]
    [InlineData("", 0)]
    [InlineData("1,", 2)]
    [InlineData("4294967296", 0)]
    public void Rejects_star_dollar_and_malformed(string text, int position)
    {
        Assert.Equal(position, Assert.Throws<ImapParseException>(() => P(text)).Position);
        Assert.False(UidSet.TryParse(text, out _));
    }

    [Fact]
    public void Copyuid_pairing_from_rfc_4315()
    {
        var source = P("304,319:320");
        var destination = P("3956:3958");
        Assert.Equal(3, source.Count);
        Assert.Equal(3, destination.Count);
        Assert.Equal(new uint[] { 304, 319, 320 }, new[] { source.ElementAt(0), source.ElementAt(1), source.ElementAt(2) });
        Assert.Equal([(304u, 3956u), (319u, 3957u), (320u, 3958u)], source.Pair(destination));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.ElementAt(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.ElementAt(-1));
        Assert.Throws<ArgumentException>(() => source.Pair(P("1:2")));
    }

    [Fact]
    public void Ordered_indexing_follows_written_direction_without_materialising()
    {
        var set = P("10:8,1:4294967295,7");
        Assert.Equal(3 + 4294967295L + 1, set.Count);
        Assert.Equal(10u, set.ElementAt(0));
        Assert.Equal(8u, set.ElementAt(2));
        Assert.Equal(1u, set.ElementAt(3));
        Assert.Equal(4294967295u, set.ElementAt(3 + 4294967294L));
        Assert.Equal(7u, set.ElementAt(set.Count - 1));
        Assert.Equal([10u, 9, 8, 1, 2], set.InOrder().Take(5));
    }

    [Fact]
    public void Set_operations()
    {
        var set = P("7,1:3,2:5");
        Assert.Equal([1u, 2, 3, 4, 5, 7], set.Enumerate());
        Assert.Equal(6, set.CountDistinct());
        Assert.Equal(8, set.Count);
        Assert.Equal("1:5,7", set.Normalize().ToString());
        Assert.True(set.Contains(4));
        Assert.False(set.Contains(6));
        Assert.True(set.SetEquals(P("1:5,7")));
        Assert.NotEqual(set, P("1:5,7"));
        Assert.Equal("7,1:3,2:5", set.ToSequenceSet().ToString());
    }

    [Fact]
    public void Construction()
    {
        Assert.Equal("1:3,7", UidSet.FromValues([7, 3, 2, 1, 3]).ToString());
        Assert.Equal("7:9,2,5", UidSet.FromOrderedValues([7, 8, 9, 2, 5]).ToString());
        Assert.Equal("4294967295,1", UidSet.FromOrderedValues([uint.MaxValue, 1]).ToString());
        Assert.Equal("9", new UidSet(9).ToString());
        Assert.Equal("9:2", new UidSet(9, 2).ToString());
        Assert.Throws<ArgumentException>(() => new UidSet([SequenceRange.FromToStar(1)]));
        Assert.Throws<ArgumentException>(() => new UidSet(Array.Empty<SequenceRange>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UidSet(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => UidSet.FromOrderedValues([3, 0]));
        Assert.Throws<ArgumentException>(() => UidSet.FromOrderedValues([]));
    }
}
