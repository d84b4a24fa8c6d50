using System.Buffers;

namespace Imap4.Client.Internal;

/// <summary>
/// For <see cref="ImapClientQuirks.RepairNilMediaTypes"/>: in a FETCH response, rewrites body parts whose media type
/// and subtype are both NIL (<c>(NIL NIL ...</c>, sent by Exchange) as <c>("APPLICATION" "OCTET-STREAM" ...</c>, the
/// RFC 2045 default for unknown content. Quoted strings and literals are skipped, so their contents are never touched.
/// </summary>
internal static class NilMediaTypeRepair
{
    private static readonly byte[] NilPair = "(NIL NIL "u8.ToArray();
    private static readonly byte[] Replacement = "(\"APPLICATION\" \"OCTET-STREAM\" "u8.ToArray();

    /// <summary>The repaired frame, or null when there was nothing to repair.</summary>
    public static byte[]? TryRepair(in ReadOnlySequence<byte> frame)
    {
        byte[] bytes = frame.ToArray();
        var output = new ArrayBufferWriter<byte>(bytes.Length + 64);
        bool changed = false;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            int skip = b switch
            {
                (byte)'"' => QuotedLength(bytes, i),
                (byte)'{' => LiteralLength(bytes, i),
                _ => 0,
            };
            if (skip > 0)
            {
                output.Write(bytes.AsSpan(i, skip));
                i += skip;
                continue;
            }
            if (b == '(' && bytes.AsSpan(i).StartsWith(NilPair))
            {
                output.Write(Replacement);
                i += NilPair.Length;
                changed = true;
                continue;
            }
            output.Write(bytes.AsSpan(i, 1));
            i++;
        }
        return changed ? output.WrittenSpan.ToArray() : null;
    }

    /// <summary>Bytes of the quoted string starting at <paramref name="start"/>, quotes included.</summary>
    private static int QuotedLength(byte[] bytes, int start)
    {
        for (int i = start + 1; i < bytes.Length; i++)
        {
            if (bytes[i] == '\\') i++;
            else if (bytes[i] == '"') return i - start + 1;
        }
        return bytes.Length - start;
    }

    /// <summary>Bytes of <c>{n}CRLF</c> plus the n literal bytes at <paramref name="start"/>; 1 when it is no literal.</summary>
    private static int LiteralLength(byte[] bytes, int start)
    {
        int close = bytes.AsSpan(start).IndexOf((byte)'}');
        if (close < 0 || start + close + 2 >= bytes.Length || bytes[start + close + 1] != '\r') return 1;
        ReadOnlySpan<byte> digits = bytes.AsSpan(start + 1, close - 1).TrimEnd((byte)'+');
        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long size))
            return 1;
        return (int)Math.Min(bytes.Length - start, close + 3 + size);
    }
}
