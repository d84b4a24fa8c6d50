namespace Imap4.Protocol.Commands;

/// <summary>Sequence equality and hashing for the lists held by command records (records compare lists by reference).</summary>
internal static class ListEquality
{
    public static bool Equal<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) => Equal(a, b, EqualityComparer<T>.Default);

    public static bool Equal<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b, IEqualityComparer<T> comparer)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (!comparer.Equals(a[i], b[i])) return false;
        return true;
    }

    public static int Hash<T>(IReadOnlyList<T>? list) => Hash(list, EqualityComparer<T>.Default);

    public static int Hash<T>(IReadOnlyList<T>? list, IEqualityComparer<T> comparer)
    {
        if (list is null) return 0;
        var h = new HashCode();
        foreach (T item in list) h.Add(item, comparer);
        return h.ToHashCode();
    }
}
