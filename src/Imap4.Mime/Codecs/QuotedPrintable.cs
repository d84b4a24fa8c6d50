namespace Imap4.Mime.Codecs;

/// <summary>
/// Quoted-printable decoding (RFC 2045 6.7), tolerant: a malformed <c>=XY</c> is kept literally, trailing white space
/// before a line end is removed, soft line breaks (<c>=</c> at the end of a line, CRLF or bare LF) join lines.
/// </summary>
public static class QuotedPrintable
{
    /// <summary>Decodes a quoted-printable body.</summary>
    /// <param name="input">Encoded bytes.</param>
    /// <returns>Decoded bytes.</returns>
    public static byte[] Decode(ReadOnlySpan<byte> input)
    {
        var output = new List<byte>(input.Length);
        int lineStart = 0;
        while (lineStart < input.Length)
        {
            int lf = input[lineStart..].IndexOf((byte)'\n');
            int lineEnd = lf < 0 ? input.Length : lineStart + lf;
            var line = input[lineStart..lineEnd];
            bool hasBreak = lf >= 0;
            if (line.EndsWith("\r"u8)) line = line[..^1];
            line = line.TrimEnd(" \t"u8);
            bool soft = line.EndsWith("="u8);
            if (soft) line = line[..^1];
            DecodeLine(line, output, underscoreIsSpace: false);
            if (hasBreak && !soft)
            {
                output.Add((byte)'\r');
                output.Add((byte)'\n');
            }
            lineStart = lineEnd + 1;
        }
        return output.ToArray();
    }

    /// <summary>Decodes the text of a Q encoded word (RFC 2047 4.2: <c>_</c> is a space).</summary>
    /// <param name="text">The encoded text.</param>
    /// <returns>Decoded bytes.</returns>
    public static byte[] DecodeWord(ReadOnlySpan<char> text)
    {
        var output = new byte[text.Length];
        return output.AsSpan(0, DecodeWord(text, output)).ToArray();
    }

    /// <summary>Decodes the text of a Q encoded word into <paramref name="destination"/> (its length always suffices).</summary>
    /// <param name="text">The encoded text.</param>
    /// <param name="destination">At least as long as <paramref name="text"/>.</param>
    /// <returns>How many bytes were written.</returns>
    internal static int DecodeWord(ReadOnlySpan<char> text, Span<byte> destination)
    {
        int written = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '=' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                destination[written++] = (byte)((Hex((byte)text[i + 1]) << 4) | Hex((byte)text[i + 2]));
                i += 2;
            }
            else destination[written++] = c == '_' ? (byte)' ' : c < 256 ? (byte)c : (byte)'?';
        }
        return written;
    }

    private static bool IsHex(char c) => c < 128 && IsHex((byte)c);

    private static void DecodeLine(ReadOnlySpan<byte> line, List<byte> output, bool underscoreIsSpace)
    {
        for (int i = 0; i < line.Length; i++)
        {
            byte b = line[i];
            if (b == (byte)'=' && i + 2 < line.Length + 0 && IsHex(line[i + 1]) && IsHex(line[i + 2]))
            {
                output.Add((byte)((Hex(line[i + 1]) << 4) | Hex(line[i + 2])));
                i += 2;
            }
            else if (b == (byte)'_' && underscoreIsSpace) output.Add((byte)' ');
            else output.Add(b);
        }
    }

    /// <summary>
    /// Encodes text bytes as quoted-printable: line ends (CRLF or bare LF) become CRLF hard breaks, lines are cut with soft
    /// breaks to at most 76 characters, <c>=</c>, control and 8-bit bytes and white space before a line end are encoded.
    /// </summary>
    /// <param name="input">The bytes (text in some charset).</param>
    /// <returns>The encoded text (ASCII).</returns>
    public static string Encode(ReadOnlySpan<byte> input)
    {
        var output = new System.Text.StringBuilder(input.Length + (input.Length / 8));
        int lineLength = 0;
        for (int i = 0; i < input.Length; i++)
        {
            byte b = input[i];
            if (b == (byte)'\n' || (b == (byte)'\r' && i + 1 < input.Length && input[i + 1] == (byte)'\n'))
            {
                if (b == (byte)'\r') i++;
                output.Append("\r\n");
                lineLength = 0;
                continue;
            }
            bool atLineEnd = i + 1 == input.Length || input[i + 1] == (byte)'\n' || (input[i + 1] == (byte)'\r' && i + 2 < input.Length && input[i + 2] == (byte)'\n');
            bool literal = (b is >= 33 and <= 126 && b != (byte)'=') || (b is (byte)' ' or (byte)'\t' && !atLineEnd);
            int width = literal ? 1 : 3;
            // Keep room for the soft break "=" unless this is the line's last character.
            if (lineLength + width > (atLineEnd ? 76 : 75))
            {
                output.Append("=\r\n");
                lineLength = 0;
            }
            if (literal) output.Append((char)b);
            else output.Append('=').Append(HexDigits[b >> 4]).Append(HexDigits[b & 15]);
            lineLength += width;
        }
        return output.ToString();
    }

    private const string HexDigits = "0123456789ABCDEF";

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'A' and <= (byte)'F' or >= (byte)'a' and <= (byte)'f';

    private static int Hex(byte b) => b <= (byte)'9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
