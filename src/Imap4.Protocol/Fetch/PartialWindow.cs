using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// A window over results, RFC 9394 partial-range: <c>first:last</c> counts from the oldest message (lowest UID),
/// <c>-first:-last</c> from the newest. Used by the PARTIAL FETCH modifier and the PARTIAL SEARCH return option.
/// Kept as written (a reversed window like <c>500:400</c> is not reordered), so it writes back the same.
/// </summary>
public sealed record PartialWindow
{
    /// <summary>Creates a window.</summary>
    /// <param name="first">First position (1 is the oldest, or with <paramref name="fromEnd"/> the newest).</param>
    /// <param name="last">Last position, at least 1.</param>
    /// <param name="fromEnd">True to count from the newest result (written with minus signs).</param>
    /// <exception cref="ArgumentOutOfRangeException">A position is 0.</exception>
    public PartialWindow(uint first, uint last, bool fromEnd = false)
    {
        ArgumentOutOfRangeException.ThrowIfZero(first);
        ArgumentOutOfRangeException.ThrowIfZero(last);
        First = first;
        Last = last;
        CountsFromEnd = fromEnd;
    }

    /// <summary>The window <c>first:last</c>, counted from the oldest result.</summary>
    /// <param name="first">First position, from 1.</param>
    /// <param name="last">Last position.</param>
    /// <returns>The window.</returns>
    public static PartialWindow FromStart(uint first, uint last) => new(first, last);

    /// <summary>The window <c>-first:-last</c>, counted from the newest result (<c>FromEnd(1, 30)</c> is the newest 30).</summary>
    /// <param name="first">First position, from 1.</param>
    /// <param name="last">Last position.</param>
    /// <returns>The window.</returns>
    public static PartialWindow FromEnd(uint first, uint last) => new(first, last, true);

    /// <summary>First position as written (without sign).</summary>
    public uint First { get; }

    /// <summary>Last position as written (without sign).</summary>
    public uint Last { get; }

    /// <summary>True when positions count from the newest result.</summary>
    public bool CountsFromEnd { get; }

    /// <summary>Reads <c>partial-range</c>: <c>nz-number ":" nz-number</c> or <c>"-" nz-number ":" "-" nz-number</c>.</summary>
    /// <param name="reader">The reader, positioned at the range.</param>
    /// <returns>The window.</returns>
    public static PartialWindow Read(ref ImapReader reader)
    {
        bool fromEnd = reader.TryRead((byte)'-');
        uint first = reader.ReadNzNumber();
        reader.Expect((byte)':', "\":\" in partial-range");
        if (reader.TryRead((byte)'-') != fromEnd) reader.Fail("both ends of a partial-range must have the same sign");
        uint last = reader.ReadNzNumber();
        return new PartialWindow(first, last, fromEnd);
    }

    /// <summary>Writes the range, e.g. <c>-1:-30</c>.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (CountsFromEnd) writer.WriteByte((byte)'-');
        writer.WriteNumber(First);
        writer.WriteByte((byte)':');
        if (CountsFromEnd) writer.WriteByte((byte)'-');
        writer.WriteNumber(Last);
    }

    /// <summary>The wire form, e.g. <c>1:500</c> or <c>-1:-30</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => CountsFromEnd ? $"-{First}:-{Last}" : $"{First}:{Last}";
}
