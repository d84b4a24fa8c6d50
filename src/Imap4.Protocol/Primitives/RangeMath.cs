namespace Imap4.Protocol.Primitives;

/// <summary>
/// Set operations over intervals shared by <see cref="SequenceSet"/> and <see cref="UidSet"/>: merging into a sorted,
/// disjoint, non-adjacent list, membership, lazy enumeration and counting. Work is proportional to the number of
/// intervals, never to the number of values they cover.
/// </summary>
internal static class RangeMath
{
    /// <summary>Sorts and merges overlapping or adjacent intervals, in place; returns the merged count.</summary>
    public static int Merge(Span<Interval> items)
    {
        if (items.Length == 0) return 0;
        items.Sort(static (a, b) => a.Lo.CompareTo(b.Lo));
        int n = 0;
        for (int i = 1; i < items.Length; i++)
        {
            Interval cur = items[n], next = items[i];
            if ((ulong)next.Lo <= (ulong)cur.Hi + 1)
                items[n] = new Interval(cur.Lo, Math.Max(cur.Hi, next.Hi));
            else
                items[++n] = next;
        }
        return n + 1;
    }

    /// <summary>Merged copy of <paramref name="items"/>.</summary>
    public static Interval[] Merged(Interval[] items)
    {
        var copy = (Interval[])items.Clone();
        int n = Merge(copy);
        return n == copy.Length ? copy : copy[..n];
    }

    /// <summary>True when a merged interval list holds <paramref name="value"/> (binary search).</summary>
    public static bool Contains(ReadOnlySpan<Interval> merged, uint value)
    {
        int lo = 0, hi = merged.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (value < merged[mid].Lo) hi = mid - 1;
            else if (value > merged[mid].Hi) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>Every value of a merged list, ascending, lazily.</summary>
    public static IEnumerable<uint> Enumerate(Interval[] merged)
    {
        foreach (Interval r in merged)
        {
            for (uint v = r.Lo; ; v++)
            {
                yield return v;
                if (v == r.Hi) break; // checked before the increment so that Hi = uint.MaxValue cannot wrap
            }
        }
    }

    /// <summary>Number of values in a merged list.</summary>
    public static long Count(ReadOnlySpan<Interval> merged)
    {
        long total = 0;
        foreach (Interval r in merged) total += r.Length;
        return total;
    }

    /// <summary>Compresses values into sorted, merged intervals; rejects 0.</summary>
    public static Interval[] FromValues(IEnumerable<uint> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var list = new List<Interval>();
        foreach (uint v in values)
        {
            if (v == 0) throw new ArgumentOutOfRangeException(paramName, "0 is not a valid sequence number or UID.");
            // Extend the last interval for the common ascending case, so sorted input stays O(intervals).
            if (list.Count > 0 && list[^1].Hi != uint.MaxValue && list[^1].Hi + 1 == v)
                list[^1] = list[^1] with { Hi = v };
            else
                list.Add(new Interval(v, v));
        }
        if (list.Count == 0) throw new ArgumentException("A set needs at least one value.", paramName);
        var arr = list.ToArray();
        return arr[..Merge(arr)];
    }

    /// <summary>Compresses values into ascending runs, keeping their order (no sort, no merge); rejects 0.</summary>
    public static List<SequenceRange> FromOrderedValues(IEnumerable<uint> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var runs = new List<SequenceRange>();
        uint first = 0, last = 0;
        foreach (uint v in values)
        {
            if (v == 0) throw new ArgumentOutOfRangeException(paramName, "0 is not a valid sequence number or UID.");
            if (first != 0 && last != uint.MaxValue && last + 1 == v) { last = v; continue; }
            if (first != 0) runs.Add(new SequenceRange(first, last));
            first = last = v;
        }
        if (first == 0) throw new ArgumentException("A set needs at least one value.", paramName);
        runs.Add(new SequenceRange(first, last));
        return runs;
    }

    /// <summary>Ranges of a merged interval list.</summary>
    public static SequenceRange[] ToRanges(ReadOnlySpan<Interval> merged)
    {
        var result = new SequenceRange[merged.Length];
        for (int i = 0; i < merged.Length; i++) result[i] = new SequenceRange(merged[i].Lo, merged[i].Hi);
        return result;
    }
}
