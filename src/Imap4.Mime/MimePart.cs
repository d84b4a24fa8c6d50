using Imap4.Mime.Headers;

namespace Imap4.Mime;

/// <summary>
/// One entity of a parsed message: the message itself, a body part, or the message inside a message/rfc822 part.
/// Holds the header fields and the byte offsets (physical, as in the source) and line counts needed to serve any section
/// without reading the content again. Sizes called "virtual" count every line end as CRLF, as IMAP reports them.
/// </summary>
public sealed class MimePart
{
    private readonly List<MimePart> _children = [];

    internal MimePart(MimePart? parent, int depth)
    {
        Parent = parent;
        Depth = depth;
    }

    /// <summary>The enclosing part (multipart or message/rfc822 part), or null for the top-level message.</summary>
    public MimePart? Parent { get; }

    /// <summary>Nesting depth, 0 for the top-level message.</summary>
    public int Depth { get; }

    /// <summary>The header fields.</summary>
    public HeaderList Header { get; internal set; } = HeaderList.Empty;

    /// <summary>The effective content type (the default when the header is missing or unreadable).</summary>
    public ContentType ContentType { get; internal set; } = ContentType.Default;

    /// <summary>Whether a readable Content-Type header was present.</summary>
    public bool HasContentType { get; internal set; }

    /// <summary>What kind of structure the body was parsed as.</summary>
    public MimePartKind Kind { get; internal set; }

    /// <summary>The body parts of a multipart, in order (empty otherwise).</summary>
    public IReadOnlyList<MimePart> Children => _children;

    /// <summary>The encapsulated message of a message/rfc822 (or message/global) part, else null.</summary>
    public MimePart? Message { get; internal set; }

    /// <summary>Offset of the first header byte.</summary>
    public long HeaderOffset { get; internal set; }

    /// <summary>Offset of the first body byte (after the blank line that ends the header).</summary>
    public long BodyOffset { get; internal set; }

    /// <summary>Offset just after the last body byte (the line end before a boundary belongs to the boundary).</summary>
    public long EndOffset { get; internal set; }

    internal long LinesAtHeader { get; set; }

    internal long LinesAtBody { get; set; }

    internal long LinesAtEnd { get; set; }

    internal long BareAtHeader { get; set; }

    internal long BareAtBody { get; set; }

    internal long BareAtEnd { get; set; }

    /// <summary>Header size as stored.</summary>
    public long HeaderLength => BodyOffset - HeaderOffset;

    /// <summary>Body size as stored.</summary>
    public long BodyLength => EndOffset - BodyOffset;

    /// <summary>Header size with CRLF line ends (blank line included).</summary>
    public long HeaderSize => HeaderLength + (BareAtBody - BareAtHeader);

    /// <summary>Body size with CRLF line ends: the size in BODYSTRUCTURE.</summary>
    public long BodySize => BodyLength + (BareAtEnd - BareAtBody);

    /// <summary>Lines in the body: the line count in BODYSTRUCTURE.</summary>
    public long BodyLines => LinesAtEnd - LinesAtBody;

    /// <summary>Lines in the header.</summary>
    public long HeaderLines => LinesAtBody - LinesAtHeader;

    /// <summary>The Content-Transfer-Encoding as written (trimmed), or null.</summary>
    public string? TransferEncoding => Header.Get("Content-Transfer-Encoding")?.Value.Trim();

    /// <summary>The parsed Content-Disposition, or null.</summary>
    public ContentDisposition? ContentDisposition =>
        Header.Get("Content-Disposition") is { } f ? ContentDisposition.Parse(f.UnfoldedBytes()) : null;

    internal void AddChild(MimePart child) => _children.Add(child);

    /// <summary>Short description for debugging.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ContentType} [{HeaderOffset}, {BodyOffset}, {EndOffset})";
}
