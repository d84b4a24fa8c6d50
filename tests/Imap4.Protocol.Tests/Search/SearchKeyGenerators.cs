using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;

namespace Imap4.Protocol.Tests.Search;

/// <summary>Random search-key trees of bounded depth, covering every record and the awkward strings.</summary>
internal static class SearchKeyGenerators
{
    private static readonly char[] Alphabet = ['a', 'Z', '0', ' ', '"', '\\', '(', ')', '{', '*', '%', 'é', 'ж', '\r', '\n', '日'];

    private static Gen<string> Strings =>
        Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet), n)).Select(cs => new string(cs));

    private static Gen<T> Enum<T>() where T : struct, System.Enum => Gen.Elements(System.Enum.GetValues<T>());

    private static Gen<SequenceSet> Sets => Gen.Elements(
        SequenceSet.Parse("1"), SequenceSet.Parse("2:4,7"), SequenceSet.Parse("1:*"), SequenceSet.SavedResult,
        SequenceSet.Parse("*"), SequenceSet.Parse("9,3:1"));

    private static Gen<SearchKey> Leaf => Gen.OneOf(
        Enum<SimpleSearchKind>().Select(k => (SearchKey)new SimpleSearchKey(k)),
        Gen.Zip(Enum<TextSearchField>(), Strings).Select(t => (SearchKey)new TextSearchKey(t.Item1, t.Item2)),
        Gen.Zip(Strings, Strings).Select(t => (SearchKey)new HeaderSearchKey(t.Item1 + "X", t.Item2)),
        Gen.Zip(Enum<DateSearchField>(), Gen.Choose(0, 3_600_000)).Select(t =>
            (SearchKey)new DateSearchKey(t.Item1, DateOnly.FromDayNumber(t.Item2))),
        Gen.Zip(Enum<NumberSearchField>(), Gen.Choose(1, int.MaxValue)).Select(t =>
            (SearchKey)new NumberSearchKey(t.Item1, (ulong)t.Item2 * (t.Item1 is NumberSearchField.Older or NumberSearchField.Younger ? 1ul : 3ul))),
        Gen.Zip(Gen.Elements("$Junk", "work", "$Forwarded", "a.b"), Gen.Elements(true, false)).Select(t =>
            (SearchKey)new KeywordSearchKey(new Flag(t.Item1), t.Item2)),
        Gen.Zip(Enum<ObjectIdField>(), Gen.Elements("M6d99ac3275bb4e", "x", "A_b-9")).Select(t =>
            (SearchKey)new ObjectIdSearchKey(t.Item1, t.Item2)),
        Gen.Zip(Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements<string?>(null, "/flags/\\draft", "/flags/$MDNSent")), Enum<ModSeqEntryType>())
            .Select(t => (SearchKey)new ModSeqSearchKey((ulong)t.Item1.Item1, t.Item1.Item2, t.Item1.Item2 is null ? ModSeqEntryType.All : t.Item2)),
        Sets.Select(s => (SearchKey)new SequenceSetSearchKey(s)),
        Sets.Select(s => (SearchKey)new UidSearchKey(s)));

    /// <summary>Trees at most <paramref name="depth"/> operators deep.</summary>
    public static Gen<SearchKey> Keys(int depth)
    {
        if (depth == 0) return Leaf;
        Gen<SearchKey> sub = Keys(depth - 1);
        return Gen.Frequency(
            (4, Leaf),
            (1, sub.Select(k => (SearchKey)new NotSearchKey(k))),
            (1, Gen.Zip(sub, sub).Select(t => (SearchKey)new OrSearchKey(t.Item1, t.Item2))),
            (2, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(sub, n)).Select(ks => (SearchKey)new AndSearchKey(ks))));
    }
}
