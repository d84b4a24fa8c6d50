using System.Globalization;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// partial-range of the PARTIAL return option (RFC 5267, RFC 9394): a window of result positions counted from 1, from
/// the first result (<c>1:500</c>) or, with negative numbers, from the last (<c>-1:-100</c> is the 100 newest).
/// </summary>
public readonly record struct PartialResultRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="first">The first position: 1 to 4294967295, or -1 to -4294967295 counting from the end.</param>
    /// <param name="last">The last position, of the same sign (either order means the same window).</param>
    /// <exception cref="ArgumentOutOfRangeException">A position is 0, too large, or the signs differ.</exception>
    public PartialResultRange(long first, long last)
    {
        if (!IsPosition(first)) throw new ArgumentOutOfRangeException(nameof(first));
        if (!IsPosition(last) || (first < 0) != (last < 0)) throw new ArgumentOutOfRangeException(nameof(last));
        First = first;
        Last = last;
    }

    /// <summary>The first position as written.</summary>
    public long First { get; }

    /// <summary>The last position as written.</summary>
    public long Last { get; }

    /// <summary>True when positions count back from the last result (<c>-1</c> is the last).</summary>
    public bool FromEnd => First < 0;

    private static bool IsPosition(long v) => v != 0 && Math.Abs(v) <= uint.MaxValue;

    /// <summary>The wire form, e.g. <c>1:500</c> or <c>-1:-100</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{First}:{Last}");

    /// <summary>Writes the range.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(ToString());
    }

    /// <summary>Reads <c>partial-range</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ImapParseException">Malformed, 0, or mixed signs.</exception>
    public static PartialResultRange Read(ref ImapReader reader)
    {
        long start = reader.Position;
        long first = ReadPosition(ref reader);
        reader.Expect((byte)':', "\":\"");
        long last = ReadPosition(ref reader);
        if ((first < 0) != (last < 0)) throw new ImapParseException(start, "partial-range mixes positive and negative positions");
        return new PartialResultRange(first, last);
    }

    /// <summary>Parses the text of a partial-range.</summary>
    /// <param name="text">E.g. <c>1:500</c>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ImapParseException">Malformed.</exception>
    public static PartialResultRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new ImapReader(System.Text.Encoding.ASCII.GetBytes(text));
        PartialResultRange range = Read(ref reader);
        reader.ExpectEnd();
        return range;
    }

    private static long ReadPosition(ref ImapReader reader)
    {
        bool negative = reader.TryRead((byte)'-');
        long value = reader.ReadNzNumber();
        return negative ? -value : value;
    }
}
