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
        var state = new Base64Decoder();
        var output = new List<byte>(text.Length * 3 / 4);
        foreach (char c in text)
            if (c < 256) state.Push((byte)c, output);
        state.Finish(output);
        return output.ToArray();
    }

    /// <summary>Whether a byte is in the base64 alphabet.</summary>
    /// <param name="b">The byte.</param>
    /// <returns>True for A-Z a-z 0-9 + /.</returns>
    internal static int Value(byte b) => Values[b];
}
