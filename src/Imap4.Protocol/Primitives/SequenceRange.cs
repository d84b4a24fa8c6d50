using System.Globalization;

namespace Imap4.Protocol.Primitives;

/// <summary>
/// One element of a sequence set: a number, <c>*</c> (the largest number in use), or a range <c>a:b</c> whose ends may
/// be <c>*</c>. The ends keep the order they were written in (<c>4:2</c> and <c>2:4</c> hold the same numbers).
/// <c>default</c> is <c>*</c>.
/// </summary>
public readonly struct SequenceRange : IEquatable<SequenceRange>
{
    // 0 stands for "*": zero is never a valid sequence number or UID, so it is free as the marker.
    private readonly uint _first;
    private readonly uint _last;

    /// <summary>Creates the single number <paramref name="value"/>.</summary>
    /// <param name="value">A number from 1 to 4294967295.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is 0.</exception>
    public SequenceRange(uint value) : this(value, value) { }

    /// <summary>Creates the range <c>first:last</c> (either order).</summary>
    /// <param name="first">The first end, from 1.</param>
    /// <param name="last">The last end, from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">An end is 0.</exception>
    public SequenceRange(uint first, uint last)
    {
        ArgumentOutOfRangeException.ThrowIfZero(first);
        ArgumentOutOfRangeException.ThrowIfZero(last);
        _first = first;
        _last = last;
    }

    private SequenceRange(uint first, uint last, bool _)
    {
        _first = first;
        _last = last;
    }

    /// <summary>The element <c>*</c>: the largest number in use.</summary>
    public static SequenceRange Star => default;

    /// <summary>Creates <c>first:*</c>: from <paramref name="first"/> to the largest number in use.</summary>
    /// <param name="first">The first end, from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is 0.</exception>
    public static SequenceRange FromToStar(uint first)
    {
        ArgumentOutOfRangeException.ThrowIfZero(first);
        return new SequenceRange(first, 0, true);
    }

    /// <summary>Creates a range from raw ends where 0 means <c>*</c> (used by the parser).</summary>
    internal static SequenceRange FromRaw(uint first, uint last) => new(first, last, true);

    /// <summary>The first end as written, or null for <c>*</c>.</summary>
    public uint? First => _first == 0 ? null : _first;

    /// <summary>The last end as written, or null for <c>*</c>. Equal to <see cref="First"/> for a single number.</summary>
    public uint? Last => _last == 0 ? null : _last;

    /// <summary>True when this is one number or <c>*</c> rather than a range.</summary>
    public bool IsSingle => _first == _last;

    /// <summary>True when either end is <c>*</c>.</summary>
    public bool HasStar => _first == 0 || _last == 0;

    /// <summary>The lower and upper ends with <c>*</c> replaced by <paramref name="max"/>.</summary>
    /// <param name="max">The largest number in use (messages in the mailbox, or the last UID).</param>
    public (uint Low, uint High) Resolve(uint max)
    {
        uint a = _first == 0 ? max : _first;
        uint b = _last == 0 ? max : _last;
        return a <= b ? (a, b) : (b, a);
    }

    /// <summary>Interval without a star, lower end first; only valid when <see cref="HasStar"/> is false.</summary>
    internal Interval ToInterval() => _first <= _last ? new Interval(_first, _last) : new Interval(_last, _first);

    /// <summary>The number of values as written (no star), for ordered indexing.</summary>
    internal long Length => (long)(_first <= _last ? _last - _first : _first - _last) + 1;

    /// <summary>The value at <paramref name="index"/> walking from the first end to the last (no star).</summary>
    internal uint At(long index) => _first <= _last ? (uint)(_first + index) : (uint)(_first - index);

    /// <summary>The raw first end, 0 for <c>*</c>.</summary>
    internal uint RawFirst => _first;

    /// <summary>The raw last end, 0 for <c>*</c>.</summary>
    internal uint RawLast => _last;

    /// <inheritdoc/>
    public bool Equals(SequenceRange other) => _first == other._first && _last == other._last;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SequenceRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_first, _last);

    /// <summary>The wire form: <c>7</c>, <c>*</c>, <c>4:7</c>, <c>12:*</c>.</summary>
    public override string ToString() =>
        IsSingle ? End(_first) : string.Concat(End(_first), ":", End(_last));

    private static string End(uint v) => v == 0 ? "*" : v.ToString(CultureInfo.InvariantCulture);

    /// <summary>Equality as written.</summary>
    public static bool operator ==(SequenceRange left, SequenceRange right) => left.Equals(right);

    /// <summary>Inequality as written.</summary>
    public static bool operator !=(SequenceRange left, SequenceRange right) => !left.Equals(right);
}
