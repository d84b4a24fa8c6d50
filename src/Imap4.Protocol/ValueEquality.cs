namespace Imap4.Protocol;

/// <summary>
/// Value equality for the lists and byte contents that records hold (a record's generated equality compares collections
/// by reference). One place for every command, response and fetch record.
/// </summary>
internal static class ValueEquality
{
    /// <summary>Element-wise equality of two optional lists.</summary>
    public static bool Equal<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) => Equal(a, b, EqualityComparer<T>.Default);

    /// <summary>Element-wise equality of two optional lists with a comparer.</summary>
    public static bool Equal<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b, IEqualityComparer<T> comparer)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (!comparer.Equals(a[i], b[i])) return false;
        return true;
    }

    /// <summary>Hash of a list's elements, consistent with <see cref="Equal{T}(IReadOnlyList{T}, IReadOnlyList{T})"/>.</summary>
    public static int Hash<T>(IReadOnlyList<T>? list) => Hash(list, EqualityComparer<T>.Default);

    /// <summary>Hash of a list's elements with a comparer.</summary>
    public static int Hash<T>(IReadOnlyList<T>? list, IEqualityComparer<T> comparer)
    {
        if (list is null) return 0;
        var hash = new HashCode();
        hash.Add(list.Count);
        foreach (T item in list) hash.Add(item, comparer);
        return hash.ToHashCode();
    }

    /// <summary>Byte-wise equality of two optional contents.</summary>
    public static bool Equal(ReadOnlyMemory<byte>? a, ReadOnlyMemory<byte>? b) =>
        a is { } x ? b is { } y && x.Span.SequenceEqual(y.Span) : b is null;

    /// <summary>Hash of content: its length and first 64 bytes (enough to spread, cheap for large bodies).</summary>
    public static int Hash(ReadOnlyMemory<byte>? bytes)
    {
        if (bytes is not { } b) return 0;
        var hash = new HashCode();
        hash.Add(b.Length);
        hash.AddBytes(b.Span[..Math.Min(64, b.Length)]);
        return hash.ToHashCode();
    }
}
