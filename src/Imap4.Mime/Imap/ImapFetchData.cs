using System.Buffers;
using Imap4.Mime.Headers;
using Imap4.Protocol.Wire;

namespace Imap4.Mime.Imap;

/// <summary>
/// ENVELOPE, BODY and BODYSTRUCTURE of a parsed message in IMAP wire form, computed the way Dovecot computes them
/// (its defaults for missing fields, its sizes and line counts), from headers and offsets only.
/// </summary>
public static class ImapFetchData
{
    /// <summary>The ENVELOPE of a message entity (the top-level message or <see cref="MimePart.Message"/>).</summary>
    /// <param name="message">The message entity.</param>
    /// <returns>The parenthesized envelope, as sent after <c>ENVELOPE </c>.</returns>
    public static byte[] Envelope(MimePart message) => Write(w => EnvelopeWriter.Write(w, message));

    /// <summary>The non-extensible BODY structure of a message entity.</summary>
    /// <param name="message">The message entity.</param>
    /// <returns>The parenthesized structure.</returns>
    public static byte[] Body(MimePart message) => Write(w => BodyStructureWriter.Write(w, message, extended: false));

    /// <summary>The extensible BODYSTRUCTURE of a message entity (MD5, disposition, language, location).</summary>
    /// <param name="message">The message entity.</param>
    /// <returns>The parenthesized structure.</returns>
    public static byte[] BodyStructure(MimePart message) => Write(w => BodyStructureWriter.Write(w, message, extended: true));

    private static byte[] Write(Action<ImapWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new ImapWriter(buffer, ImapWriterOptions.Server));
        return buffer.WrittenSpan.ToArray();
    }

    internal static void WriteNString(ImapWriter writer, byte[]? value)
    {
        if (value is null) writer.WriteNil();
        else writer.WriteString(value);
    }

    /// <summary>The unfolded value of the first field with this name, or null.</summary>
    internal static byte[]? Field(HeaderList header, string name) => header.Get(name)?.UnfoldedBytes();
}
