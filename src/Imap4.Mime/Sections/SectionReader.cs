using Imap4.Mime.Headers;
using Imap4.Protocol.Fetch;

namespace Imap4.Mime.Sections;

/// <summary>
/// Serves FETCH sections from a parsed message and its seekable source: BODY[path], HEADER, HEADER.FIELDS[.NOT], TEXT,
/// MIME, partials, BINARY and BINARY.SIZE (RFC 3516), all with CRLF line ends, reading only the bytes needed.
/// </summary>
public static class SectionReader
{
    /// <summary>
    /// Finds the part a part path names (RFC 3501 6.4.5): in a multipart, part n is its n-th child; in a single-part entity,
    /// part 1 is the entity itself; a path continues into a message/rfc822 part's message. Null when there is no such part.
    /// </summary>
    /// <param name="message">The parsed message.</param>
    /// <param name="path">Part numbers, empty for the message.</param>
    /// <returns>The part, or null.</returns>
    public static MimePart? FindPart(ParsedMessage message, IReadOnlyList<uint> path)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(path);
        MimePart entity = message.Root;
        MimePart? part = null;
        for (int i = 0; i < path.Count; i++)
        {
            uint n = path[i];
            if (entity.Kind == MimePartKind.Multipart) part = n >= 1 && n <= entity.Children.Count ? entity.Children[(int)n - 1] : null;
            else part = n == 1 ? entity : null;
            if (part is null) return null;
            entity = part.Kind == MimePartKind.Message && part.Message is not null && i < path.Count - 1 ? part.Message : part;
        }
        return part;
    }

    /// <summary>Opens a section as a stream (the source must stay open and seekable while it is read); null when the section does not exist.</summary>
    /// <param name="source">The message bytes, seekable.</param>
    /// <param name="message">The parse of those bytes.</param>
    /// <param name="section">The section.</param>
    /// <returns>The section content, or null.</returns>
    public static Stream? Open(Stream source, ParsedMessage message, BodySection section)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(section);
        MimePart? part = section.Part.Count == 0 ? message.Root : FindPart(message, section.Part);
        if (part is null) return null;
        MimePart? entity = section.Part.Count == 0 ? message.Root : part.Message;
        switch (section.Kind)
        {
            case SectionKind.Content:
                return section.Part.Count == 0
                    ? new CrlfRangeStream(source, 0, message.Length)
                    : new CrlfRangeStream(source, part.BodyOffset, part.EndOffset);
            case SectionKind.Mime:
                return new CrlfRangeStream(source, part.HeaderOffset, part.BodyOffset);
            case SectionKind.Header:
                return entity is null ? null : new CrlfRangeStream(source, entity.HeaderOffset, entity.BodyOffset);
            case SectionKind.Text:
                return entity is null ? null : new CrlfRangeStream(source, entity.BodyOffset, entity.EndOffset);
            default:
                return entity is null ? null : new MemoryStream(FilterFields(entity, section.Fields, section.Kind == SectionKind.HeaderFieldsNot), false);
        }
    }

    /// <summary>Reads a section into memory, optionally only a partial range; null when the section does not exist.</summary>
    /// <param name="source">The message bytes, seekable.</param>
    /// <param name="message">The parse of those bytes.</param>
    /// <param name="section">The section.</param>
    /// <param name="partial">A partial range, or null for all.</param>
    /// <returns>The bytes, or null.</returns>
    public static byte[]? Read(Stream source, ParsedMessage message, BodySection section, PartialRange? partial = null)
    {
        using var stream = Open(source, message, section);
        if (stream is null) return null;
        using var all = new MemoryStream();
        stream.CopyTo(all);
        return Slice(all.ToArray(), partial);
    }

    internal static byte[] Slice(byte[] bytes, PartialRange? partial)
    {
        if (partial is not { } p) return bytes;
        if (p.Origin >= bytes.Length) return [];
        long length = Math.Min(p.Length ?? long.MaxValue, bytes.Length - (long)p.Origin);
        return bytes.AsSpan((int)p.Origin, (int)length).ToArray();
    }

    /// <summary>
    /// HEADER.FIELDS: the matching (or, with <paramref name="not"/>, the other) fields as written, then a blank line
    /// (for HEADER.FIELDS.NOT only when the header had one, as Dovecot does).
    /// </summary>
    internal static byte[] FilterFields(MimePart entity, IReadOnlyList<string> names, bool not)
    {
        using var output = new MemoryStream();
        long fieldBytes = 0;
        foreach (var field in entity.Header) fieldBytes += field.Raw.Length;
        bool hasBlankLine = entity.HeaderLength > fieldBytes;
        foreach (var field in entity.Header)
        {
            bool listed = false;
            foreach (string name in names)
                if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase)) listed = true;
            if (listed == not) continue;
            WriteCrlf(output, field.Raw.Span);
        }
        if (!not || hasBlankLine) output.Write("\r\n"u8);
        return output.ToArray();
    }

    private static void WriteCrlf(MemoryStream output, ReadOnlySpan<byte> raw)
    {
        byte previous = 0;
        foreach (byte b in raw)
        {
            if (b == (byte)'\n' && previous != (byte)'\r') output.WriteByte((byte)'\r');
            output.WriteByte(b);
            previous = b;
        }
        if (previous != (byte)'\n') output.Write("\r\n"u8);
    }
}
