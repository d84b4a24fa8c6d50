using Imap4.Mime.Codecs;
using Imap4.Mime.Imap;

namespace Imap4.Mime.Sections;

/// <summary>BINARY[path] and BINARY.SIZE[path] (RFC 3516): a leaf part's content with its transfer encoding removed.</summary>
public static class BinaryContent
{
    /// <summary>Decodes a part's content; null when the transfer encoding is unknown (the server answers NO [UNKNOWN-CTE]).</summary>
    /// <param name="source">The message bytes, seekable.</param>
    /// <param name="message">The parse of those bytes.</param>
    /// <param name="part">The part (a leaf).</param>
    /// <returns>The decoded bytes, or null for an unknown encoding.</returns>
    public static byte[]? Decode(Stream source, ParsedMessage message, MimePart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        string encoding = BodyStructureWriter.TransferEncoding(part.Header) is { } e ? System.Text.Encoding.ASCII.GetString(e).ToLowerInvariant() : "7bit";
        using var content = new CrlfRangeStream(source, part.BodyOffset, part.EndOffset);
        using var all = new MemoryStream();
        content.CopyTo(all);
        byte[] bytes = all.ToArray();
        return encoding switch
        {
            "7bit" or "8bit" or "binary" => bytes,
            "base64" => DecodeBase64(bytes),
            "quoted-printable" => QuotedPrintable.Decode(bytes),
            _ => null,
        };
    }

    private static byte[] DecodeBase64(byte[] bytes)
    {
        var state = new Base64Decoder();
        var output = new List<byte>(bytes.Length * 3 / 4);
        foreach (byte b in bytes) state.Push(b, output);
        state.Finish(output);
        return output.ToArray();
    }
}
