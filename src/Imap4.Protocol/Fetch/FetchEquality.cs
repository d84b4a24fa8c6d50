namespace Imap4.Protocol.Fetch;

/// <summary>Value equality for the lists and byte contents held by FETCH records.</summary>
internal static class FetchEquality
{
    public static bool Lists<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.Count != b.Count) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Count; i++)
            if (!comparer.Equals(a[i], b[i])) return false;
        return true;
    }

    public static int ListHash<T>(IReadOnlyList<T>? list)
    {
        if (list is null) return 0;
        var h = new HashCode();
        h.Add(list.Count);
        foreach (T item in list) h.Add(item);
        return h.ToHashCode();
    }

    public static bool Bytes(ReadOnlyMemory<byte>? a, ReadOnlyMemory<byte>? b) =>
        a is { } x ? b is { } y && x.Span.SequenceEqual(y.Span) : b is null;

    public static int BytesHash(ReadOnlyMemory<byte>? bytes)
    {
        if (bytes is not { } b) return 0;
        var h = new HashCode();
        h.AddBytes(b.Span);
        return h.ToHashCode();
    }
}
