using System.Buffers;
using Imap4.Mime.Codecs;
using Imap4.Mime.Headers;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Wire;

namespace Imap4.Mime.Imap;

/// <summary>
/// ENVELOPE, BODY and BODYSTRUCTURE of a parsed message, computed the way Dovecot computes them (its defaults for
/// missing fields, its sizes and line counts) from headers and offsets only, as the typed values of
/// <see cref="Imap4.Protocol.Fetch"/>; their wire form is what the Protocol writer makes of them.
/// </summary>
/// <remarks>
/// Header bytes become strings as UTF-8 when they are valid UTF-8 (RFC 6532) and as Latin-1 otherwise. A subject in raw
/// Latin-1 therefore goes out as a literal of its UTF-8 form, where Dovecot copies the raw bytes; this is deliberate:
/// clients decode IMAP strings as UTF-8, and would turn Dovecot's raw bytes into replacement characters.
/// </remarks>
public static class ImapFetchData
{
    /// <summary>The ENVELOPE of a message entity (the top-level message or <see cref="MimePart.Message"/>).</summary>
    /// <param name="message">The message entity.</param>
    /// <returns>The envelope.</returns>
    public static Envelope GetEnvelope(MimePart message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return EnvelopeBuilder.Build(message);
    }

    /// <summary>The body structure of a message entity: BODYSTRUCTURE when <paramref name="extensible"/>, else BODY.</summary>
    /// <param name="message">The message entity.</param>
    /// <param name="extensible">True for BODYSTRUCTURE (MD5, disposition, language, location), false for BODY.</param>
    /// <returns>The structure.</returns>
    public static BodyStructure GetBodyStructure(MimePart message, bool extensible)
    {
        ArgumentNullException.ThrowIfNull(message);
        return BodyStructureBuilder.Build(message, extensible);
    }

    /// <summary>The ENVELOPE in wire form, as sent after <c>ENVELOPE </c>.</summary>
    /// <param name="message">The message entity.</param>
    /// <returns>The parenthesized envelope.</returns>
    public static byte[] Envelope(MimePart message) => Write(GetEnvelope(message).Write);

    /// <summary>The non-extensible BODY structure in wire form.</summary>
    /// <param name="message">The message entity.</param>
    /// <returns>The parenthesized structure.</returns>
    public static byte[] Body(MimePart message) => Write(GetBodyStructure(message, extensible: false).Write);

    /// <summary>The extensible BODYSTRUCTURE in wire form.</summary>
    /// <param name="message">The message entity.</param>
    /// <returns>The parenthesized structure.</returns>
    public static byte[] BodyStructure(MimePart message) => Write(GetBodyStructure(message, extensible: true).Write);

    private static byte[] Write(Action<ImapWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new ImapWriter(buffer, ImapWriterOptions.Server));
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Header bytes as a string: UTF-8 when valid, else Latin-1 (see the remarks on the class).</summary>
    internal static string? TextOrNull(byte[]? bytes) => bytes is null ? null : Charsets.DecodeRawHeader(bytes);

    /// <summary>Header bytes as a string: UTF-8 when valid, else Latin-1.</summary>
    internal static string Text(ReadOnlySpan<byte> bytes) => Charsets.DecodeRawHeader(bytes);

    /// <summary>A single-token Content-Transfer-Encoding value, else null (reported as <c>7bit</c>).</summary>
    internal static byte[]? TransferEncoding(HeaderList h)
    {
        var value = h.Get("Content-Transfer-Encoding")?.UnfoldedBytes();
        if (value is null) return null;
        var reader = new Rfc822Reader(value);
        reader.SkipCfws();
        byte[] result = reader.ReadMimeToken().ToArray();
        reader.SkipCfws();
        return result.Length > 0 && reader.AtEnd ? result : null;
    }
}
