namespace Imap4.Mime.Codecs;

/// <summary>Content-Transfer-Encoding (RFC 2045 6): decoding streams and the choice of an encoding for new content.</summary>
public static class TransferEncoding
{
    /// <summary>
    /// Wraps an encoded stream in one that decodes it: base64 and quoted-printable are decoded, <c>7bit</c>, <c>8bit</c>,
    /// <c>binary</c>, a missing and an unknown encoding pass through unchanged.
    /// </summary>
    /// <param name="encoded">The encoded content.</param>
    /// <param name="encoding">The Content-Transfer-Encoding value, or null.</param>
    /// <param name="leaveOpen">Whether disposing the result leaves <paramref name="encoded"/> open.</param>
    /// <returns>The decoded content.</returns>
    public static Stream OpenDecoded(Stream encoded, string? encoding, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        string e = encoding?.Trim().ToLowerInvariant() ?? "";
        return e switch
        {
            "base64" => new Base64DecodingStream(encoded, leaveOpen),
            "quoted-printable" => new QuotedPrintableDecodingStream(encoded, leaveOpen),
            _ => leaveOpen ? new NonClosingStream(encoded) : encoded,
        };
    }

    /// <summary>Whether the encoding leaves content as it is (7bit, 8bit, binary, none or unknown).</summary>
    /// <param name="encoding">The Content-Transfer-Encoding value, or null.</param>
    /// <returns>True when no decoding applies.</returns>
    public static bool IsIdentity(string? encoding)
    {
        string e = encoding?.Trim().ToLowerInvariant() ?? "";
        return e is not ("base64" or "quoted-printable");
    }

    /// <summary>Keeps a stream open when its wrapper is disposed.</summary>
    private sealed class NonClosingStream(Stream inner) : DecodingStream(inner, leaveOpen: true)
    {
        protected override void Decode(ReadOnlySpan<byte> input) => Pending.AddRange(input);

        protected override void Finish()
        {
        }
    }
}
