using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Tests;

public sealed class FlagListTests
{
    private static readonly Flag[] Pool = [Flag.Seen, Flag.Answered, Flag.Deleted, new("$A"), new("$a"), new("b"), Flag.Recent];

    [Fact]
    public void Normalize_drops_recent_wildcard_and_duplicates()
    {
        Assert.Equal([Flag.Seen, new Flag("$A")], FlagList.Normalize([Flag.Seen, Flag.Recent, Flag.Wildcard, new Flag("\\SEEN"), new Flag("$A"), new Flag("$a")]));
        Assert.Empty(FlagList.Normalize(null));
    }

    [Fact]
    public void Apply_returns_the_same_array_when_nothing_changes()
    {
        Flag[] current = [Flag.Seen, new Flag("$A")];
        Assert.Same(current, FlagList.Apply(current, FlagOperation.Add, [new Flag("\\seen")]));
        Assert.Same(current, FlagList.Apply(current, FlagOperation.Remove, [Flag.Deleted]));
        Assert.Same(current, FlagList.Apply(current, FlagOperation.Replace, [new Flag("$a"), Flag.Seen]));
    }

    [Fact]
    public void Apply_has_set_semantics() =>
        Prop.ForAll(Gen.SubListOf(Pool).ToArbitrary(), Gen.SubListOf(Pool).ToArbitrary(), (a, b) =>
        {
            Flag[] current = FlagList.Normalize(a), operand = FlagList.Normalize(b);
            Flag[] added = FlagList.Apply(current, FlagOperation.Add, operand);
            Flag[] removed = FlagList.Apply(current, FlagOperation.Remove, operand);
            Flag[] replaced = FlagList.Apply(current, FlagOperation.Replace, operand);
            return Pool.All(f => added.Contains(f) == (current.Contains(f) || operand.Contains(f))
                    && removed.Contains(f) == (current.Contains(f) && !operand.Contains(f)))
                && FlagList.SetEquals(replaced, operand)
                && added.Distinct().Count() == added.Length;
        }).QuickCheckThrowOnFailure();
}
