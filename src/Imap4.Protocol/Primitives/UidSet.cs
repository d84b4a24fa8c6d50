using System.Diagnostics.CodeAnalysis;

namespace Imap4.Protocol.Primitives;

/// <summary>
/// A <c>uid-set</c> (RFC 4315, RFC 9051): UIDs and ranges with neither <c>*</c> nor <c>$</c>, as carried by APPENDUID,
/// COPYUID and VANISHED. Besides set operations it is an ordered list: <see cref="ElementAt"/> and <see cref="Count"/>
/// walk the ranges in the order written, each range from its first end to its last (<c>5:3</c> is 5, 4, 3), which
/// is how COPYUID pairs source and destination UIDs. Nothing is materialised per UID.
/// </summary>
public sealed class UidSet : IEquatable<UidSet>
{
    private const string What = "uid-set";
    private readonly SequenceRange[] _ranges; // never empty, never a star
    private long[]? _ends; // _ends[i] = number of UIDs in ranges 0..i, built on first ElementAt

    private UidSet(SequenceRange[] ranges)
    {
        _ranges = ranges;
        long total = 0;
        foreach (SequenceRange r in ranges) total += r.Length;
        Count = total;
    }

    /// <summary>Creates the set of one UID.</summary>
    /// <param name="uid">A UID from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The UID is 0.</exception>
    public UidSet(uint uid) : this([new SequenceRange(uid)]) { }

    /// <summary>Creates the range <c>first:last</c>.</summary>
    /// <param name="first">The first end, from 1.</param>
    /// <param name="last">The last end, from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">An end is 0.</exception>
    public UidSet(uint first, uint last) : this([new SequenceRange(first, last)]) { }

    /// <summary>Creates a set of the given ranges, kept in order.</summary>
    /// <param name="ranges">At least one range, none using <c>*</c>.</param>
    /// <exception cref="ArgumentException">There is no range, or a range uses <c>*</c>.</exception>
    public UidSet(IEnumerable<SequenceRange> ranges) : this(Validate(ranges)) { }

    private static SequenceRange[] Validate(IEnumerable<SequenceRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var array = ranges.ToArray();
        if (array.Length == 0) throw new ArgumentException("A UID set needs at least one range.", nameof(ranges));
        if (Array.Exists(array, static r => r.HasStar))
            throw new ArgumentException("A UID set cannot contain '*'.", nameof(ranges));
        return array;
    }

    /// <summary>Creates the set of the given UIDs, sorted and compressed into ranges.</summary>
    /// <param name="uids">At least one UID, none 0; duplicates and order do not matter.</param>
    /// <exception cref="ArgumentException">There is no UID, or a UID is 0.</exception>
    public static UidSet FromValues(IEnumerable<uint> uids) =>
        new(RangeMath.ToRanges(RangeMath.FromValues(uids, nameof(uids))));

    /// <summary>
    /// Creates the list of the given UIDs in their order, compressing ascending runs (<c>7,8,9,2</c> gives
    /// <c>7:9,2</c>). Use it for COPYUID, where the order pairs source and destination UIDs.
    /// </summary>
    /// <param name="uids">At least one UID, none 0.</param>
    /// <exception cref="ArgumentException">There is no UID, or a UID is 0.</exception>
    public static UidSet FromOrderedValues(IEnumerable<uint> uids) =>
        new([.. RangeMath.FromOrderedValues(uids, nameof(uids))]);

    /// <summary>The ranges as written.</summary>
    public IReadOnlyList<SequenceRange> Ranges => _ranges;

    /// <summary>How many UIDs the ranges hold as written (duplicates counted), the length for <see cref="ElementAt"/>.</summary>
    public long Count { get; }

    /// <summary>The UID at <paramref name="index"/> in written order; O(log ranges).</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the list.</exception>
    public uint ElementAt(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        long[] ends = _ends ??= BuildEnds();
        int i = Array.BinarySearch(ends, index);
        i = i < 0 ? ~i : i + 1; // first range whose end is beyond index
        long start = i == 0 ? 0 : ends[i - 1];
        return _ranges[i].At(index - start);
    }

    private long[] BuildEnds()
    {
        var ends = new long[_ranges.Length];
        long total = 0;
        for (int i = 0; i < _ranges.Length; i++) ends[i] = total += _ranges[i].Length;
        return ends;
    }

    /// <summary>The UIDs in written order, lazily (the order of <see cref="ElementAt"/>).</summary>
    public IEnumerable<uint> InOrder()
    {
        foreach (SequenceRange r in _ranges)
        {
            for (long k = 0, n = r.Length; k < n; k++) yield return r.At(k);
        }
    }

    /// <summary>
    /// Pairs this list with <paramref name="destination"/> position by position, as COPYUID's source and destination
    /// sets correspond (RFC 4315 section 3).
    /// </summary>
    /// <param name="destination">The destination UIDs.</param>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public IEnumerable<(uint Source, uint Destination)> Pair(UidSet destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.Count != Count)
            throw new ArgumentException($"The sets hold {Count} and {destination.Count} UIDs; they cannot be paired.", nameof(destination));
        return Zip(InOrder(), destination.InOrder());
    }

    private static IEnumerable<(uint, uint)> Zip(IEnumerable<uint> a, IEnumerable<uint> b)
    {
        using var ea = a.GetEnumerator();
        using var eb = b.GetEnumerator();
        while (ea.MoveNext() && eb.MoveNext()) yield return (ea.Current, eb.Current);
    }

    private Interval[] Merged()
    {
        var list = new Interval[_ranges.Length];
        for (int i = 0; i < list.Length; i++) list[i] = _ranges[i].ToInterval();
        return list[..RangeMath.Merge(list)];
    }

    /// <summary>The same UIDs as sorted, merged ranges.</summary>
    public UidSet Normalize() => new(RangeMath.ToRanges(Merged()));

    /// <summary>True when <paramref name="uid"/> is in the set.</summary>
    /// <param name="uid">The UID to look for.</param>
    public bool Contains(uint uid)
    {
        foreach (SequenceRange r in _ranges)
        {
            Interval iv = r.ToInterval();
            if (uid >= iv.Lo && uid <= iv.Hi) return true;
        }
        return false;
    }

    /// <summary>The distinct UIDs, ascending, lazily.</summary>
    public IEnumerable<uint> Enumerate() => RangeMath.Enumerate(Merged());

    /// <summary>The number of distinct UIDs (what <see cref="Enumerate"/> yields).</summary>
    public long CountDistinct() => RangeMath.Count(Merged());

    /// <summary>The same ranges as a <see cref="SequenceSet"/>, for UID commands.</summary>
    public SequenceSet ToSequenceSet() => new(_ranges);

    /// <summary>True when both sets hold the same UIDs, whatever the order.</summary>
    /// <param name="other">The other set.</param>
    public bool SetEquals(UidSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Merged().AsSpan().SequenceEqual(other.Merged());
    }

    /// <summary>Parses a set given by a caller, e.g. <c>304,319:320</c>.</summary>
    /// <param name="text">The set.</param>
    /// <exception cref="ImapParseException">The text is not a uid-set (position is the character offset).</exception>
    public static UidSet Parse(string text) => new(SequenceSetSyntax.Parse(text, allowStar: false, What));

    /// <summary>Parses a set received from a peer.</summary>
    /// <param name="bytes">The set, nothing before or after it.</param>
    /// <exception cref="ImapParseException">The bytes are not a uid-set: empty, 0, <c>*</c>, <c>$</c>, a number above
    /// 4294967295, a stray or trailing comma. The position is the offset within <paramref name="bytes"/>.</exception>
    public static UidSet Parse(ReadOnlySpan<byte> bytes) => new(SequenceSetSyntax.Parse(bytes, allowStar: false, What));

    /// <summary>Tries to parse a set.</summary>
    /// <param name="text">The set.</param>
    /// <param name="set">The set when valid.</param>
    /// <returns>True when <paramref name="text"/> is a uid-set.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out UidSet? set)
    {
        try { set = text is null ? null : Parse(text); }
        catch (ImapParseException) { set = null; }
        return set is not null;
    }

    /// <summary>Tries to parse a set received from a peer.</summary>
    /// <param name="bytes">The set.</param>
    /// <param name="set">The set when valid.</param>
    /// <returns>True when <paramref name="bytes"/> is a uid-set.</returns>
    public static bool TryParse(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out UidSet? set)
    {
        try { set = Parse(bytes); }
        catch (ImapParseException) { set = null; }
        return set is not null;
    }

    /// <summary>Same ranges in the same order (the same <see cref="ToString"/>).</summary>
    /// <param name="other">The other set.</param>
    public bool Equals(UidSet? other) => other is not null && _ranges.AsSpan().SequenceEqual(other._ranges);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UidSet);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (SequenceRange r in _ranges) hash.Add(r);
        return hash.ToHashCode();
    }

    /// <summary>The wire form, e.g. <c>304,319:320</c>.</summary>
    public override string ToString() => SequenceSetSyntax.Format(_ranges);

    /// <summary>Equality as written.</summary>
    public static bool operator ==(UidSet? left, UidSet? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality as written.</summary>
    public static bool operator !=(UidSet? left, UidSet? right) => !(left == right);
}
