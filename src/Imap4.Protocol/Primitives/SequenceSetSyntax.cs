using System.Text;

namespace Imap4.Protocol.Primitives;

/// <summary>
/// Parsing and writing of the <c>sequence-set</c> (RFC 9051) and <c>uid-set</c> (RFC 4315) grammars, shared by
/// <see cref="SequenceSet"/> and <see cref="UidSet"/>. Parse errors carry the offset within the given bytes.
/// </summary>
internal static class SequenceSetSyntax
{
    /// <summary>Parses a comma-separated list of numbers and ranges.</summary>
    /// <param name="bytes">The set, nothing before or after it.</param>
    /// <param name="allowStar">Whether <c>*</c> may appear (sequence-set) or not (uid-set).</param>
    /// <param name="what">Name of the grammar rule, for error messages.</param>
    public static SequenceRange[] Parse(ReadOnlySpan<byte> bytes, bool allowStar, string what)
    {
        if (bytes.IsEmpty) throw new ImapParseException(0, $"empty {what}");
        var ranges = new SequenceRange[bytes.Count((byte)',') + 1];
        int pos = 0;
        for (int n = 0; n < ranges.Length; n++)
        {
            if (n > 0) pos++; // the comma
            uint first = ParseNumber(bytes, ref pos, allowStar, what);
            uint last = first;
            if (pos < bytes.Length && bytes[pos] == ':')
            {
                pos++;
                last = ParseNumber(bytes, ref pos, allowStar, what);
            }
            if (pos < bytes.Length && bytes[pos] != ',')
                throw new ImapParseException(pos, $"unexpected byte 0x{bytes[pos]:X2} in {what}");
            ranges[n] = SequenceRange.FromRaw(first, last);
        }
        return ranges;
    }

    // nz-number or "*" (returned as 0).
    private static uint ParseNumber(ReadOnlySpan<byte> bytes, ref int pos, bool allowStar, string what)
    {
        if (pos >= bytes.Length) throw new ImapParseException(pos, $"number expected at end of {what}");
        byte b = bytes[pos];
        if (b == '*')
        {
            if (!allowStar) throw new ImapParseException(pos, $"'*' is not allowed in {what}");
            pos++;
            return 0;
        }
        if (b == '0') throw new ImapParseException(pos, $"0 or a leading zero is not allowed in {what}");
        if (b is < (byte)'1' or > (byte)'9') throw new ImapParseException(pos, $"number expected in {what}");
        int start = pos;
        ulong value = 0;
        while (pos < bytes.Length && bytes[pos] is >= (byte)'0' and <= (byte)'9')
        {
            value = value * 10 + (uint)(bytes[pos] - '0');
            if (value > uint.MaxValue) throw new ImapParseException(start, $"number in {what} exceeds 4294967295");
            pos++;
        }
        return (uint)value;
    }

    /// <summary>Parses text given by a caller by way of its ASCII bytes.</summary>
    public static SequenceRange[] Parse(string text, bool allowStar, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<byte> buffer = text.Length <= 256 ? stackalloc byte[256] : new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F) throw new ImapParseException(i, $"non-ASCII character in {what}");
            buffer[i] = (byte)text[i];
        }
        return Parse(buffer[..text.Length], allowStar, what);
    }

    /// <summary>The wire form: ranges joined by commas.</summary>
    public static string Format(ReadOnlySpan<SequenceRange> ranges)
    {
        var sb = new StringBuilder(ranges.Length * 8);
        for (int i = 0; i < ranges.Length; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(ranges[i].ToString());
        }
        return sb.ToString();
    }
}
