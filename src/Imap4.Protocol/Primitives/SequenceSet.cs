using System.Diagnostics.CodeAnalysis;

namespace Imap4.Protocol.Primitives;

/// <summary>
/// A <c>sequence-set</c> (RFC 9051): numbers and ranges in any order, where <c>*</c> stands for the largest number in
/// use, or <c>$</c>, the saved result of the previous SEARCH (RFC 5182, <see cref="SavedResult"/>). Ranges keep the
/// order and direction they were written in; <see cref="Equals(SequenceSet)"/> compares that written form and
/// <see cref="SetEquals"/> compares the numbers. Every operation on numbers works per range, never per number.
/// </summary>
/// <remarks>
/// Against a mailbox maximum <c>max</c>, <c>*</c> is <c>max</c>, <c>n:*</c> holds <c>min(n, max)</c>..<c>max</c> (so
/// <c>3291:*</c> includes the last UID even when it is lower than 3291), and numbers above <c>max</c> are ignored.
/// </remarks>
public sealed class SequenceSet : IEquatable<SequenceSet>
{
    private const string What = "sequence-set";
    private readonly SequenceRange[] _ranges; // empty only for "$"

    private SequenceSet(SequenceRange[] ranges) => _ranges = ranges;

    /// <summary>Creates the set of one number.</summary>
    /// <param name="value">A number from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is 0.</exception>
    public SequenceSet(uint value) : this([new SequenceRange(value)]) { }

    /// <summary>Creates the range <c>first:last</c>.</summary>
    /// <param name="first">The first end, from 1.</param>
    /// <param name="last">The last end, from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">An end is 0.</exception>
    public SequenceSet(uint first, uint last) : this([new SequenceRange(first, last)]) { }

    /// <summary>Creates a set of the given ranges, kept in the given order.</summary>
    /// <param name="ranges">At least one range.</param>
    /// <exception cref="ArgumentException">There is no range.</exception>
    public SequenceSet(IEnumerable<SequenceRange> ranges) : this(NonEmpty(ranges)) { }

    private static SequenceRange[] NonEmpty(IEnumerable<SequenceRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var array = ranges.ToArray();
        return array.Length > 0 ? array : throw new ArgumentException("A sequence set needs at least one range.", nameof(ranges));
    }

    /// <summary>The set <c>1:*</c>: every message.</summary>
    public static SequenceSet All { get; } = new([SequenceRange.FromToStar(1)]);

    /// <summary>The set <c>$</c>: the result saved by the last <c>SEARCH RETURN (SAVE)</c> (RFC 5182).</summary>
    public static SequenceSet SavedResult { get; } = new(Array.Empty<SequenceRange>());

    /// <summary>Creates the set of the given numbers, sorted and compressed into ranges (<c>1,2,3,7</c> gives <c>1:3,7</c>).</summary>
    /// <param name="values">At least one number, none 0; duplicates and order do not matter.</param>
    /// <exception cref="ArgumentException">There is no value, or a value is 0.</exception>
    public static SequenceSet FromValues(IEnumerable<uint> values) =>
        new(RangeMath.ToRanges(RangeMath.FromValues(values, nameof(values))));

    /// <summary>True for <c>$</c>.</summary>
    public bool IsSavedResult => _ranges.Length == 0;

    /// <summary>True when some range uses <c>*</c>.</summary>
    public bool HasStar => Array.Exists(_ranges, static r => r.HasStar);

    /// <summary>The ranges as written; empty for <c>$</c>.</summary>
    public IReadOnlyList<SequenceRange> Ranges => _ranges;

    /// <summary>
    /// The same numbers as sorted, merged ranges. Without <paramref name="max"/>, numbers are merged and ranges ending
    /// in <c>*</c> are merged into one <c>n:*</c> placed last (values from n on are covered by it whatever the mailbox
    /// holds). With <paramref name="max"/>, <c>*</c> is replaced by it; numbers above it are kept, not clipped.
    /// <c>$</c> is returned unchanged.
    /// </summary>
    /// <param name="max">The largest number in use, from 1; null to keep <c>*</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is 0.</exception>
    public SequenceSet Normalize(uint? max = null)
    {
        if (IsSavedResult) return this;
        if (max is uint m)
        {
            ArgumentOutOfRangeException.ThrowIfZero(m, nameof(max));
            return new SequenceSet(RangeMath.ToRanges(Resolved(m, clip: false)));
        }
        return new SequenceSet(NormalizeKeepingStar());
    }

    private SequenceRange[] NormalizeKeepingStar()
    {
        var numeric = new List<Interval>(_ranges.Length);
        uint starFrom = 0; // lowest n of an "n:*" range; 0 = none
        bool bareStar = false;
        foreach (SequenceRange r in _ranges)
        {
            if (!r.HasStar) numeric.Add(r.ToInterval());
            else if (r.IsSingle) bareStar = true;
            else
            {
                uint n = r.RawFirst == 0 ? r.RawLast : r.RawFirst;
                starFrom = starFrom == 0 ? n : Math.Min(starFrom, n);
            }
        }
        var merged = numeric.ToArray();
        var result = new List<SequenceRange>(merged.Length + 1);
        foreach (Interval iv in merged.AsSpan(0, RangeMath.Merge(merged)))
        {
            if (starFrom != 0 && iv.Lo >= starFrom) continue; // covered by n:*
            if (starFrom != 0 && (ulong)iv.Hi + 1 >= starFrom) starFrom = iv.Lo; // a:b joins n:* when it reaches n
            else result.Add(new SequenceRange(iv.Lo, iv.Hi));
        }
        if (starFrom != 0) result.Add(SequenceRange.FromToStar(starFrom)); // "*" lies inside n:*, so it is dropped
        else if (bareStar) result.Add(SequenceRange.Star);
        return [.. result];
    }

    // Sorted, merged intervals with "*" replaced by max, optionally without the numbers above max.
    private Interval[] Resolved(uint max, bool clip)
    {
        var list = new Interval[_ranges.Length];
        int n = 0;
        foreach (SequenceRange r in _ranges)
        {
            (uint lo, uint hi) = r.Resolve(max);
            if (clip && lo > max) continue;
            list[n++] = new Interval(lo, clip ? Math.Min(hi, max) : hi);
        }
        return list[..RangeMath.Merge(list.AsSpan(0, n))];
    }

    private void ThrowIfSaved()
    {
        if (IsSavedResult)
            throw new InvalidOperationException("'$' stands for a saved search result; only the server can resolve it.");
    }

    /// <summary>True when <paramref name="value"/> is in the set for a mailbox whose largest number is <paramref name="max"/>.</summary>
    /// <param name="value">The number to look for.</param>
    /// <param name="max">The largest number in use (0 for an empty mailbox: nothing is contained).</param>
    /// <exception cref="InvalidOperationException">The set is <c>$</c>.</exception>
    public bool Contains(uint value, uint max)
    {
        ThrowIfSaved();
        if (value == 0 || value > max) return false;
        foreach (SequenceRange r in _ranges)
        {
            (uint lo, uint hi) = r.Resolve(max);
            if (value >= lo && value <= hi) return true;
        }
        return false;
    }

    /// <summary>The numbers of the set up to <paramref name="max"/>, ascending, each once, computed lazily.</summary>
    /// <param name="max">The largest number in use (0 for an empty mailbox: nothing is enumerated).</param>
    /// <exception cref="InvalidOperationException">The set is <c>$</c>.</exception>
    public IEnumerable<uint> Enumerate(uint max)
    {
        ThrowIfSaved();
        return max == 0 ? [] : RangeMath.Enumerate(Resolved(max, clip: true));
    }

    /// <summary>How many numbers <see cref="Enumerate"/> yields.</summary>
    /// <param name="max">The largest number in use.</param>
    /// <exception cref="InvalidOperationException">The set is <c>$</c>.</exception>
    public long Count(uint max)
    {
        ThrowIfSaved();
        return max == 0 ? 0 : RangeMath.Count(Resolved(max, clip: true));
    }

    /// <summary>True when both sets hold the same numbers for every mailbox (compares <see cref="Normalize"/> forms).</summary>
    /// <param name="other">The other set.</param>
    public bool SetEquals(SequenceSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Normalize().Equals(other.Normalize());
    }

    /// <summary>Parses a set given by a caller, e.g. <c>2,4:7,9,12:*</c> or <c>$</c>.</summary>
    /// <param name="text">The set.</param>
    /// <exception cref="ImapParseException">The text is not a sequence-set (position is the character offset).</exception>
    public static SequenceSet Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text == "$" ? SavedResult : new SequenceSet(SequenceSetSyntax.Parse(text, allowStar: true, What));
    }

    /// <summary>Parses a set received from a peer.</summary>
    /// <param name="bytes">The set, nothing before or after it.</param>
    /// <exception cref="ImapParseException">The bytes are not a sequence-set: empty, 0, a leading zero, a number above
    /// 4294967295, a stray or trailing comma. The position is the offset within <paramref name="bytes"/>.</exception>
    public static SequenceSet Parse(ReadOnlySpan<byte> bytes) =>
        bytes is [(byte)'$'] ? SavedResult : new SequenceSet(SequenceSetSyntax.Parse(bytes, allowStar: true, What));

    /// <summary>Tries to parse a set.</summary>
    /// <param name="text">The set.</param>
    /// <param name="set">The set when valid.</param>
    /// <returns>True when <paramref name="text"/> is a sequence-set.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SequenceSet? set)
    {
        try { set = text is null ? null : Parse(text); }
        catch (ImapParseException) { set = null; }
        return set is not null;
    }

    /// <summary>Tries to parse a set received from a peer.</summary>
    /// <param name="bytes">The set.</param>
    /// <param name="set">The set when valid.</param>
    /// <returns>True when <paramref name="bytes"/> is a sequence-set.</returns>
    public static bool TryParse(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out SequenceSet? set)
    {
        try { set = Parse(bytes); }
        catch (ImapParseException) { set = null; }
        return set is not null;
    }

    /// <summary>Same ranges, same order, same directions (the same <see cref="ToString"/>).</summary>
    /// <param name="other">The other set.</param>
    public bool Equals(SequenceSet? other) => other is not null && _ranges.AsSpan().SequenceEqual(other._ranges);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SequenceSet);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (SequenceRange r in _ranges) hash.Add(r);
        return hash.ToHashCode();
    }

    /// <summary>The wire form, e.g. <c>2,4:7,9,12:*</c> or <c>$</c>.</summary>
    public override string ToString() => IsSavedResult ? "$" : SequenceSetSyntax.Format(_ranges);

    /// <summary>Equality as written.</summary>
    public static bool operator ==(SequenceSet? left, SequenceSet? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality as written.</summary>
    public static bool operator !=(SequenceSet? left, SequenceSet? right) => !(left == right);
}
