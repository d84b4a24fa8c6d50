using Imap4.Mime.Codecs;
using Imap4.Mime.Imap;

namespace Imap4.Mime.Sections;

/// <summary>BINARY[path] and BINARY.SIZE[path] (RFC 3516): a leaf part's content with its transfer encoding removed.</summary>
public static class BinaryContent
{
    /// <summary>
    /// Decodes a part's content; null when the transfer encoding is unknown (the server answers NO [UNKNOWN-CTE]) or
    /// the base64 data is invalid (Dovecot answers NO [PARSE]; <see cref="Base64Codec.DecodeTolerant(ReadOnlySpan{char})"/> still reads it).
    /// </summary>
    /// <param name="source">The message bytes, seekable.</param>
    /// <param name="message">The parse of those bytes.</param>
    /// <param name="part">The part (a leaf).</param>
    /// <returns>The decoded bytes, or null for an unknown encoding.</returns>
    public static byte[]? Decode(Stream source, ParsedMessage message, MimePart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        string encoding = ImapFetchData.TransferEncoding(part.Header) is { } e ? System.Text.Encoding.ASCII.GetString(e).ToLowerInvariant()
            : part.Header.Get("Content-Transfer-Encoding") is null ? "7bit" : "unknown";
        using var content = new CrlfRangeStream(source, part.BodyOffset, part.EndOffset, replaceNul: false);
        using var all = new MemoryStream();
        content.CopyTo(all);
        byte[] bytes = all.ToArray();
        return encoding switch
        {
            "7bit" or "8bit" or "binary" => bytes,
            "base64" => DecodeBase64Strict(bytes),
            "quoted-printable" => QuotedPrintable.Decode(bytes),
            _ => null,
        };
    }

    private static byte[]? DecodeBase64Strict(byte[] bytes)
    {
        var state = new Base64Decoder();
        var output = new List<byte>(bytes.Length * 3 / 4);
        foreach (byte b in bytes) state.Push(b, output);
        state.Finish(output);
        return state.SawGarbage ? null : output.ToArray();
    }
}
