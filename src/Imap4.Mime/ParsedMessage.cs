namespace Imap4.Mime;

/// <summary>The result of parsing a message: its structure, sizes, and what had to be repaired.</summary>
public sealed class ParsedMessage
{
    internal ParsedMessage(MimePart root, long length, long size, long lines, IReadOnlyList<string> repairs)
    {
        Root = root;
        Length = length;
        Size = size;
        Lines = lines;
        Repairs = repairs;
    }

    /// <summary>The top-level entity (the message).</summary>
    public MimePart Root { get; }

    /// <summary>Bytes as stored.</summary>
    public long Length { get; }

    /// <summary>Bytes with CRLF line ends: RFC822.SIZE.</summary>
    public long Size { get; }

    /// <summary>Lines (LF count).</summary>
    public long Lines { get; }

    /// <summary>Problems found and repaired while parsing (empty for a well-formed message).</summary>
    public IReadOnlyList<string> Repairs { get; }
}
