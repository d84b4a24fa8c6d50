using System.Text;
using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Tests.Primitives;

public class SequenceSetTests
{
    private static SequenceSet P(string s) => SequenceSet.Parse(Encoding.ASCII.GetBytes(s));

    [Theory]
    [InlineData("1")]
    [InlineData("*")]
    [InlineData("2,4:7,9,12:*")]
    [InlineData("*:4,5:7")]
    [InlineData("4:2")]
    [InlineData("4294967295")]
    [InlineData("1:4294967295")]
    [InlineData("$")]
    public void Parses_and_writes_the_same_text(string text)
    {
        Assert.Equal(text, P(text).ToString());
        Assert.Equal(text, SequenceSet.Parse(text).ToString());
        Assert.True(SequenceSet.TryParse(text, out var set));
        Assert.Equal(P(text), set);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("0", 0)]
    [InlineData("01", 0)]
    [InlineData("1:0", 2)]
    [InlineData("4294967296", 0)]
    [InlineData("99999999999999999999", 0)]
    [InlineData("1,", 2)]
    [InlineData(",1", 0)]
    [InlineData("1,,2", 2)]
    [InlineData("1:", 2)]
    [InlineData("1::2", 2)]
    [InlineData("1:2:3", 3)]
    [InlineData("1 ", 1)]
    [InlineData("a", 0)]
    [InlineData("$,1", 0)]
    [InlineData("1,$", 2)]
    [InlineData("-1", 0)]
    public void Rejects_invalid_sets_with_position(string text, int position)
    {
        var e = Assert.Throws<ImapParseException>(() => P(text));
        Assert.Equal(position, e.Position);
        Assert.False(SequenceSet.TryParse(text, out _));
        Assert.False(SequenceSet.TryParse(Encoding.ASCII.GetBytes(text), out _));
    }

    [Fact]
    public void Rfc_example_against_fifteen_messages()
    {
        var set = P("2,4:7,9,12:*");
        Assert.Equal([2u, 4, 5, 6, 7, 9, 12, 13, 14, 15], set.Enumerate(15));
        Assert.Equal(10, set.Count(15));
        Assert.True(set.Contains(13, 15));
        Assert.False(set.Contains(16, 15));
        Assert.False(set.Contains(8, 15));
    }

    [Fact]
    public void Rfc_example_star_to_four_against_ten_messages()
    {
        var set = P("*:4,5:7");
        Assert.Equal([4u, 5, 6, 7, 8, 9, 10], set.Enumerate(10));
        Assert.Equal("4:10", set.Normalize(10).ToString());
        Assert.Equal("4:*", set.Normalize().ToString());
    }

    [Fact]
    public void Range_to_star_includes_the_last_even_when_lower()
    {
        var set = P("3291:*");
        Assert.Equal([100u], set.Enumerate(100));
        Assert.True(set.Contains(100, 100));
        Assert.False(set.Contains(99, 100));
        Assert.Equal("100:3291", set.Normalize(100).ToString());
    }

    [Fact]
    public void Enumeration_is_lazy_and_bounded_by_max()
    {
        var set = P("1:4294967295");
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (uint)i), set.Enumerate(10));
        Assert.Equal(4294967295L, set.Count(uint.MaxValue));
        Assert.Equal([1u, 2, 3], set.Enumerate(uint.MaxValue).Take(3));
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(10, set.Count(10));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000);
    }

    [Fact]
    public void Enumerating_to_uint_max_does_not_wrap()
    {
        var set = P("4294967294:*");
        Assert.Equal([4294967294u, 4294967295u], set.Enumerate(uint.MaxValue));
    }

    [Fact]
    public void Empty_mailbox_contains_nothing()
    {
        Assert.Empty(SequenceSet.All.Enumerate(0));
        Assert.Equal(0, SequenceSet.All.Count(0));
        Assert.False(SequenceSet.All.Contains(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SequenceSet.All.Normalize(0));
    }

    [Theory]
    [InlineData("5,3,4,1", null, "1,3:5")]
    [InlineData("1:3,2:6,8", null, "1:6,8")]
    [InlineData("10:*,3:5,1", null, "1,3:5,10:*")]
    [InlineData("7:9,8:*", null, "7:*")]
    [InlineData("1:9,12:*", null, "1:9,12:*")]
    [InlineData("1:11,12:*", null, "1:*")]
    [InlineData("20,12:*", null, "12:*")]
    [InlineData("*,5", null, "5,*")]
    [InlineData("*,5:*", null, "5:*")]
    [InlineData("*,5", 5u, "5")]
    [InlineData("*,5:*,2", 3u, "2:5")]
    [InlineData("4294967295,1:4294967294", null, "1:4294967295")]
    public void Normalize_sorts_merges_and_resolves(string text, uint? max, string expected) =>
        Assert.Equal(expected, P(text).Normalize(max).ToString());

    [Fact]
    public void Saved_result()
    {
        var set = P("$");
        Assert.Same(SequenceSet.SavedResult, set);
        Assert.True(set.IsSavedResult);
        Assert.Empty(set.Ranges);
        Assert.Same(set, set.Normalize(10));
        Assert.Throws<InvalidOperationException>(() => set.Enumerate(10));
        Assert.Throws<InvalidOperationException>(() => set.Contains(1, 10));
        Assert.Throws<InvalidOperationException>(() => set.Count(10));
        Assert.False(P("1").IsSavedResult);
    }

    [Fact]
    public void Construction()
    {
        Assert.Equal("7", new SequenceSet(7).ToString());
        Assert.Equal("3:9", new SequenceSet(3, 9).ToString());
        Assert.Equal("1:*", SequenceSet.All.ToString());
        Assert.Equal("1:3,7,9:10", SequenceSet.FromValues([9, 1, 3, 2, 10, 7, 2]).ToString());
        Assert.Equal("5:*,*", new SequenceSet([SequenceRange.FromToStar(5), SequenceRange.Star]).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SequenceSet(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SequenceSet(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SequenceSet.FromValues([1, 0]));
        Assert.Throws<ArgumentException>(() => SequenceSet.FromValues([]));
        Assert.Throws<ArgumentException>(() => new SequenceSet(Array.Empty<SequenceRange>()));
    }

    [Fact]
    public void Equality_is_as_written_and_SetEquals_compares_numbers()
    {
        Assert.Equal(P("1:3,5"), P("1:3,5"));
        Assert.Equal(P("1:3,5").GetHashCode(), P("1:3,5").GetHashCode());
        Assert.NotEqual(P("5,1:3"), P("1:3,5"));
        Assert.True(P("5,1:3").SetEquals(P("1:3,5")));
        Assert.True(P("3:1").SetEquals(P("1,2,3")));
        Assert.True(P("*:1").SetEquals(SequenceSet.All));
        Assert.False(P("1:3").SetEquals(P("1:4")));
        Assert.True(P("3:3") == P("3"));
        Assert.True(P("$") == SequenceSet.SavedResult);
    }

    [Fact]
    public void Ranges_expose_stars_and_resolution()
    {
        var ranges = P("2,4:7,12:*,*").Ranges;
        Assert.Equal(4, ranges.Count);
        Assert.True(ranges[0].IsSingle);
        Assert.Equal(2u, ranges[0].First);
        Assert.Equal((4u, 7u), ranges[1].Resolve(100));
        Assert.Null(ranges[2].Last);
        Assert.True(ranges[2].HasStar);
        Assert.Equal((12u, 15u), ranges[2].Resolve(15));
        Assert.Equal((9u, 12u), ranges[2].Resolve(9));
        Assert.Equal(SequenceRange.Star, ranges[3]);
        Assert.True(P("1").HasStar == false && P("1,*").HasStar);
    }
}
