using System.Runtime.InteropServices;
using Imap4.Mime;
using Imap4.Mime.Headers;
using Imap4.Mime.Parsing;
using Imap4.Mime.Sections;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;

namespace Imap4.Client;

/// <summary>
/// A whole message fetched from the server (BODY.PEEK[]): its bytes, flags and dates, and its MIME parse (made on
/// first use by <see cref="Imap4.Mime.Parsing.MimeParser"/>) with access to parts and decoded content.
/// </summary>
public sealed class ImapMessage
{
    private readonly Lazy<ParsedMessage> _parsed;

    /// <summary>Wraps message bytes (e.g. from a file or another source) so that they can be parsed the same way.</summary>
    /// <param name="data">The RFC 5322 message.</param>
    /// <param name="parserOptions">Parser limits; null for the defaults.</param>
    public ImapMessage(ReadOnlyMemory<byte> data, MimeParserOptions? parserOptions = null)
    {
        Data = data;
        _parsed = new Lazy<ParsedMessage>(() => MimeParser.Parse(ToArray(Data), parserOptions));
    }

    /// <summary>The message id it was fetched with (UID or sequence number, as <see cref="ImapClient.UseUid"/> was).</summary>
    public uint Id { get; init; }

    /// <summary>The UID, when known.</summary>
    public uint? Uid { get; init; }

    /// <summary>The flags at fetch time, when fetched.</summary>
    public IReadOnlyList<Flag>? Flags { get; init; }

    /// <summary>The internal date, when fetched.</summary>
    public DateTimeOffset? InternalDate { get; init; }

    /// <summary>The raw message (RFC 5322 bytes).</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>The MIME parse of <see cref="Data"/> (offsets of every part, headers, content types).</summary>
    public ParsedMessage Parsed => _parsed.Value;

    /// <summary>The top-level header.</summary>
    public HeaderList Header => Parsed.Root.Header;

    /// <summary>The decoded Subject header, or null.</summary>
    public string? Subject => Header["Subject"];

    /// <summary>Opens the raw message as a read-only, seekable stream.</summary>
    /// <returns>The stream.</returns>
    public Stream OpenStream() => OpenMemory(Data);

    /// <summary>
    /// Reads a section as IMAP would serve it (e.g. <see cref="BodySection.Header"/>, part <c>1.2</c>, <c>1.MIME</c>);
    /// null when the message has no such part.
    /// </summary>
    /// <param name="section">The section.</param>
    /// <returns>The bytes, or null.</returns>
    public byte[]? ReadSection(BodySection section)
    {
        using Stream source = OpenStream();
        return SectionReader.Read(source, Parsed, section);
    }

    /// <summary>The decoded content (base64 / quoted-printable undone) of a part, or null when there is no such part.</summary>
    /// <param name="part">The part path, e.g. <c>1, 2</c> for part 1.2; empty for the message body.</param>
    /// <returns>The bytes, or null.</returns>
    public byte[]? ReadDecodedPart(params uint[] part)
    {
        MimePart? found = part.Length == 0 ? Parsed.Root : SectionReader.FindPart(Parsed, part);
        if (found is null) return null;
        using Stream source = OpenStream();
        return BinaryContent.Decode(source, Parsed, found);
    }

    internal static Stream OpenMemory(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    private static byte[] ToArray(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out ArraySegment<byte> s) && s.Offset == 0 && s.Count == s.Array!.Length ? s.Array : bytes.ToArray();
}
