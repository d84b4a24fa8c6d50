using System.Collections;

namespace Imap4.Protocol.Responses;

/// <summary>
/// An immutable copy of a list with value equality, so that records holding lists compare by content
/// (the compiler-made record equality calls <see cref="Equals(object?)"/> on each field).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>An empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>Copies <paramref name="items"/> (unless it is already a value list), rejecting null items.</summary>
    public static ValueList<T> Of(IEnumerable<T> items, string paramName)
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        if (items is ValueList<T> v) return v;
        T[] copy = [.. items];
        foreach (T item in copy)
            if (item is null) throw new ArgumentException("The list contains null.", paramName);
        return copy.Length == 0 ? Empty : new ValueList<T>(copy);
    }

    /// <summary>Takes ownership of a list built by a parser.</summary>
    public static ValueList<T> Own(List<T> items) => items.Count == 0 ? Empty : new ValueList<T>([.. items]);

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) => ValueEquality.Equal(this, other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.Hash(this);

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
