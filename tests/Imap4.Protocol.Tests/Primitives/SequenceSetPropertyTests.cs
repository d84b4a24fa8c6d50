using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Tests.Primitives;

public class SequenceSetPropertyTests
{
    private static readonly Arbitrary<uint[]> NonEmptyUints =
        Gen.Frequency(
                (1, Gen.Choose(1, 40).Select(i => (uint)i)),
                (1, ArbMap.Default.GeneratorFor<uint>().Where(u => u != 0)),
                (1, Gen.Elements(uint.MaxValue, uint.MaxValue - 1, 1u)))
            .NonEmptyListOf().Select(l => l.ToArray()).ToArbitrary();

    [Fact]
    public void Values_to_text_and_back_enumerate_the_same() =>
        Prop.ForAll(NonEmptyUints, values =>
        {
            var set = SequenceSet.FromValues(values);
            var parsed = SequenceSet.Parse(System.Text.Encoding.ASCII.GetBytes(set.ToString()));
            var expected = values.Distinct().Order().ToArray();
            return parsed.Equals(set)
                && parsed.Enumerate(uint.MaxValue).SequenceEqual(expected)
                && parsed.Count(uint.MaxValue) == expected.Length;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Uid_sets_keep_order_through_text() =>
        Prop.ForAll(NonEmptyUints, values =>
        {
            var set = UidSet.FromOrderedValues(values);
            var parsed = UidSet.Parse(set.ToString());
            bool indexed = true;
            for (int i = 0; i < values.Length; i++) indexed &= parsed.ElementAt(i) == values[i];
            return indexed && parsed.Count == values.Length && parsed.InOrder().SequenceEqual(values)
                && parsed.Enumerate().SequenceEqual(values.Distinct().Order());
        }).QuickCheckThrowOnFailure();

    // Small numbers and a small max so that every operation can be checked against brute force.
    private static readonly Gen<uint> SmallEnd = Gen.Choose(0, 30).Select(i => (uint)i); // 0 = "*"

    private static readonly Arbitrary<(SequenceSet Set, uint Max)> SmallSets =
        Gen.Zip(SmallEnd, SmallEnd).Select(p => SequenceRange.FromRaw(p.Item1, p.Item2)).NonEmptyListOf()
            .Select(rs => new SequenceSet(rs))
            .Zip(Gen.Choose(1, 35).Select(i => (uint)i))
            .ToArbitrary();

    private static HashSet<uint> BruteForce(SequenceSet set, uint max)
    {
        var result = new HashSet<uint>();
        foreach (SequenceRange r in set.Ranges)
        {
            (uint lo, uint hi) = r.Resolve(max);
            for (uint v = lo; v <= hi; v++) if (v <= max) result.Add(v);
        }
        return result;
    }

    [Fact]
    public void Operations_agree_with_brute_force() =>
        Prop.ForAll(SmallSets, t =>
        {
            var (set, max) = t;
            var expected = BruteForce(set, max).Order().ToArray();
            bool contains = true;
            for (uint v = 0; v <= max + 2; v++) contains &= set.Contains(v, max) == expected.Contains(v);
            return set.Enumerate(max).SequenceEqual(expected) && set.Count(max) == expected.Length && contains;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Normalizing_keeps_the_numbers_for_every_max() =>
        Prop.ForAll(SmallSets, t =>
        {
            var (set, max) = t;
            var normalized = set.Normalize();
            var resolved = set.Normalize(max);
            var expected = set.Enumerate(max).ToArray();
            return normalized.Enumerate(max).SequenceEqual(expected)
                && resolved.Enumerate(max).SequenceEqual(expected)
                && !resolved.HasStar
                && normalized.Normalize().Equals(normalized)
                && SequenceSet.Parse(normalized.ToString()).Equals(normalized)
                && set.SetEquals(SequenceSet.Parse(set.ToString()));
        }).QuickCheckThrowOnFailure();
}
