namespace Imap4.Mime.Codecs;

/// <summary>Tolerant base64 decoding: characters outside the alphabet are skipped, padding anywhere ends a quantum, a trailing partial quantum is decoded as far as it goes.</summary>
public static class Base64Codec
{
    private static readonly sbyte[] Values = BuildValues();

    private static sbyte[] BuildValues()
    {
        var v = new sbyte[256];
        Array.Fill(v, (sbyte)-1);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.Length; i++) v[alphabet[i]] = (sbyte)i;
        return v;
    }

    /// <summary>Decodes base64 text, skipping anything that is not base64.</summary>
    /// <param name="text">The encoded text.</param>
    /// <returns>The bytes.</returns>
    public static byte[] DecodeTolerant(ReadOnlySpan<char> text)
    {
        var output = new byte[text.Length * 3 / 4 + 2];
        return output.AsSpan(0, DecodeTolerant(text, output)).ToArray();
    }

    /// <summary>Decodes base64 text into <paramref name="destination"/>, skipping anything that is not base64.</summary>
    /// <param name="text">The encoded text.</param>
    /// <param name="destination">At least 3/4 of <paramref name="text"/>'s length (its length always suffices).</param>
    /// <returns>How many bytes were written.</returns>
    internal static int DecodeTolerant(ReadOnlySpan<char> text, Span<byte> destination)
    {
        int written = 0, bits = 0, count = 0;
        foreach (char c in text)
        {
            if (c == '=') // padding anywhere ends a quantum, as Base64Decoder does
            {
                written += FinishQuantum(bits, count, destination[written..]);
                bits = count = 0;
                continue;
            }
            if (c >= 256 || Values[c] < 0) continue;
            bits = (bits << 6) | (byte)Values[c];
            if (++count < 4) continue;
            destination[written++] = (byte)(bits >> 16);
            destination[written++] = (byte)(bits >> 8);
            destination[written++] = (byte)bits;
            bits = count = 0;
        }
        return written + FinishQuantum(bits, count, destination[written..]);
    }

    // The whole bytes a partial quantum of count sextets holds.
    private static int FinishQuantum(int bits, int count, Span<byte> destination)
    {
        if (count < 2) return 0;
        bits <<= 6 * (4 - count);
        destination[0] = (byte)(bits >> 16);
        if (count == 2) return 1;
        destination[1] = (byte)(bits >> 8);
        return 2;
    }

    /// <summary>Whether a byte is in the base64 alphabet.</summary>
    /// <param name="b">The byte.</param>
    /// <returns>True for A-Z a-z 0-9 + /.</returns>
    internal static int Value(byte b) => Values[b];
}
