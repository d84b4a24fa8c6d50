using System.Runtime.InteropServices;
using Imap4.Mime;
using Imap4.Mime.Headers;
using Imap4.Mime.Parsing;
using Imap4.Mime.Sections;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;

namespace Imap4.Client;

/// <summary>
/// A whole message fetched from the server (BODY.PEEK[]): its bytes, flags and dates, and its MIME parse with access to
/// parts and decoded content. A large message fetched by <see cref="ImapClient.GetMessageAsync"/> is kept in a
/// temporary file, not in memory (it was parsed while it arrived); dispose the message to delete that file.
/// </summary>
public sealed class ImapMessage : IDisposable
{
    private readonly Lazy<ParsedMessage> _parsed;
    private readonly ReadOnlyMemory<byte>? _memory;
    private readonly FileStream? _spool;
    private ReadOnlyMemory<byte>? _loaded;

    /// <summary>Wraps message bytes (e.g. from a file or another source) so that they can be parsed the same way.</summary>
    /// <param name="data">The RFC 5322 message.</param>
    /// <param name="parserOptions">Parser limits; null for the defaults.</param>
    public ImapMessage(ReadOnlyMemory<byte> data, MimeParserOptions? parserOptions = null)
    {
        _memory = data;
        Length = data.Length;
        _parsed = new Lazy<ParsedMessage>(() => MimeParser.Parse(ToArray(data), parserOptions));
    }

    /// <summary>A message spooled to a temporary file (owned, deleted on close) and already parsed.</summary>
    internal ImapMessage(FileStream spool, ParsedMessage parsed)
    {
        _spool = spool;
        Length = spool.Length;
        _parsed = new Lazy<ParsedMessage>(parsed);
    }

    /// <summary>The message id it was fetched with (UID or sequence number, as <see cref="ImapClient.UseUid"/> was).</summary>
    public uint Id { get; init; }

    /// <summary>The UID, when known.</summary>
    public uint? Uid { get; init; }

    /// <summary>The flags at fetch time, when fetched.</summary>
    public IReadOnlyList<Flag>? Flags { get; init; }

    /// <summary>The internal date, when fetched.</summary>
    public DateTimeOffset? InternalDate { get; init; }

    /// <summary>The message size in bytes.</summary>
    public long Length { get; }

    /// <summary>True when the message is kept in a temporary file rather than in memory.</summary>
    public bool IsSpooled => _spool is not null;

    /// <summary>
    /// The raw message (RFC 5322 bytes). For a spooled message (<see cref="IsSpooled"/>) the first use reads the whole
    /// file into memory; prefer <see cref="OpenStream"/> for large messages.
    /// </summary>
    public ReadOnlyMemory<byte> Data => _memory ?? (_loaded ??= LoadSpool());

    /// <summary>The MIME parse of the message (offsets of every part, headers, content types).</summary>
    public ParsedMessage Parsed => _parsed.Value;

    /// <summary>The top-level header.</summary>
    public HeaderList Header => Parsed.Root.Header;

    /// <summary>The decoded Subject header, or null.</summary>
    public string? Subject => Header["Subject"];

    /// <summary>Opens the raw message as a read-only, seekable stream (each call an independent stream).</summary>
    /// <returns>The stream.</returns>
    public Stream OpenStream()
    {
        if (_memory is { } memory) return OpenMemory(memory);
        ObjectDisposedException.ThrowIf(!_spool!.CanRead, this);
        return new FileStream(_spool.Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous);
    }

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

    /// <summary>Deletes the temporary file of a spooled message; an in-memory message has nothing to release.</summary>
    public void Dispose() => _spool?.Dispose();

    internal static Stream OpenMemory(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    private byte[] LoadSpool()
    {
        using Stream source = OpenStream();
        var bytes = new byte[source.Length];
        source.ReadExactly(bytes);
        return bytes;
    }

    private static byte[] ToArray(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out ArraySegment<byte> s) && s.Offset == 0 && s.Count == s.Array!.Length ? s.Array : bytes.ToArray();
}
