using System.Runtime.CompilerServices;

namespace Imap4.Protocol.Wire;

/// <summary>Eight inline slots, so that short lists are collected without a growing List.</summary>
[InlineArray(8)]
internal struct EightSlots<T>
{
    private T _element0;
}

/// <summary>
/// Collects parsed elements on the stack and returns an exact-size array: lists in FETCH data are short, and an
/// exact array costs less than a List with spare capacity.
/// </summary>
internal ref struct ListBuilder<T>
{
    private EightSlots<T> _inline;
    private List<T>? _overflow;

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (Count < 8) _inline[Count] = item;
        else (_overflow ??= []).Add(item);
        Count++;
    }

    public readonly T[] ToArray()
    {
        if (Count == 0) return [];
        var result = new T[Count];
        for (int i = 0; i < Math.Min(Count, 8); i++) result[i] = _inline[i];
        _overflow?.CopyTo(result, 8);
        return result;
    }
}
