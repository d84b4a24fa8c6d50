using Imap4.Mime.Codecs;
using Imap4.Mime.Headers;

namespace Imap4.Mime.Messages;

/// <summary>
/// A part of a message that is not its text or HTML body: an attachment, an inline image, an attached message.
/// Its content is read from the message source only when <see cref="Open"/> is called.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "An attached message is memory-backed or shares the parent's source.")]
public sealed class MimeAttachment
{
    private readonly MessageSource _source;
    private MimeMessage? _message;

    internal MimeAttachment(MessageSource source, MimePart part, bool inline)
    {
        _source = source;
        Part = part;
        IsInline = inline;
    }

    /// <summary>The parsed part (headers and offsets).</summary>
    public MimePart Part { get; }

    /// <summary>True for an inline part (disposition inline, or a resource of a multipart/related), false for an attachment.</summary>
    public bool IsInline { get; }

    /// <summary>The content type.</summary>
    public ContentType ContentType => Part.ContentType;

    /// <summary><c>type/subtype</c> in lower case, e.g. <c>application/pdf</c>.</summary>
    public string MediaType => ContentType.ToString().ToLowerInvariant();

    /// <summary>
    /// The file name: the disposition's <c>filename</c>, else the type's <c>name</c> (RFC 2231 and RFC 2047 decoded),
    /// reduced to its last path segment; null when there is none.
    /// </summary>
    public string? FileName
    {
        get
        {
            string? name = Part.ContentDisposition?.FileName ?? ContentType.Name;
            if (string.IsNullOrWhiteSpace(name)) return null;
            int slash = name.LastIndexOfAny(['/', '\\']);
            return slash >= 0 && slash < name.Length - 1 ? name[(slash + 1)..] : name;
        }
    }

    /// <summary>The Content-ID without angle brackets, or null.</summary>
    public string? ContentId => MessageIds.First(Part.Header.Get("Content-ID")?.Value);

    /// <summary>The decoded Content-Description, or null.</summary>
    public string? Description => Part.Header["Content-Description"];

    /// <summary>The Content-Transfer-Encoding (lower case), or null.</summary>
    public string? TransferEncoding => Part.TransferEncoding?.ToLowerInvariant();

    /// <summary>Size of the content as stored (encoded, CRLF line ends).</summary>
    public long EncodedSize => Part.BodySize;

    /// <summary>Opens the decoded content (transfer encoding removed). The message must not be disposed while it is read.</summary>
    /// <returns>A read-only stream.</returns>
    public Stream Open() => Codecs.TransferEncoding.OpenDecoded(_source.OpenBody(Part), TransferEncoding);

    /// <summary>Reads the whole decoded content.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ReadAllBytes()
    {
        using var content = Open();
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The decoded size, counted by reading the content.</summary>
    /// <returns>The size in bytes.</returns>
    public long GetDecodedSize()
    {
        using var content = Open();
        var buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = content.Read(buffer)) > 0) total += n;
        return total;
    }

    /// <summary>The content as text (for text parts), decoded with the part's charset.</summary>
    /// <returns>The text.</returns>
    public string ReadText() => Charsets.Decode(ReadAllBytes(), ContentType.Charset);

    /// <summary>
    /// For a message/rfc822 (or message/global) part, the attached message; null otherwise. A message sent with base64 or
    /// quoted-printable is decoded into memory and parsed; otherwise it is read in place from the same source.
    /// </summary>
    public MimeMessage? Message
    {
        get
        {
            if (_message is not null) return _message;
            if (Part.Kind == MimePartKind.Message && Part.Message is { } inner && Codecs.TransferEncoding.IsIdentity(TransferEncoding))
                return _message = new MimeMessage(_source, inner, null);
            if (ContentType.Is("message", "rfc822") || ContentType.Is("message", "global"))
                return _message = MimeMessage.Load(ReadAllBytes());
            return null;
        }
    }

    /// <summary>The file name or media type, for debugging.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{FileName ?? "(no name)"} [{MediaType}, {EncodedSize} bytes]";
}
