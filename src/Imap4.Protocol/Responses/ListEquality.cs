namespace Imap4.Protocol.Responses;

/// <summary>Value equality for the lists held by response records (records compare lists by reference otherwise).</summary>
internal static class ListEquality
{
    /// <summary>True when both lists hold equal items in the same order (both null counts as equal).</summary>
    public static bool Equal<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.Count != b.Count) return false;
        EqualityComparer<T> cmp = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Count; i++)
            if (!cmp.Equals(a[i], b[i])) return false;
        return true;
    }

    /// <summary>A hash over the first items and the count, consistent with <see cref="Equal{T}"/>.</summary>
    public static int Hash<T>(IReadOnlyList<T>? list)
    {
        if (list is null) return 0;
        var hash = new HashCode();
        hash.Add(list.Count);
        for (int i = 0; i < list.Count && i < 8; i++) hash.Add(list[i]);
        return hash.ToHashCode();
    }

    /// <summary>Byte equality for raw values (null means NIL).</summary>
    public static bool Equal(ReadOnlyMemory<byte>? a, ReadOnlyMemory<byte>? b) =>
        a.HasValue == b.HasValue && (!a.HasValue || a.Value.Span.SequenceEqual(b!.Value.Span));

    /// <summary>A hash of raw bytes (null means NIL).</summary>
    public static int Hash(ReadOnlyMemory<byte>? bytes)
    {
        if (!bytes.HasValue) return -1;
        var hash = new HashCode();
        hash.AddBytes(bytes.Value.Span);
        return hash.ToHashCode();
    }
}
