using Imap4.Protocol.Primitives;

namespace Imap4.Client;

/// <summary>
/// One message for APPEND or MULTIAPPEND read from a stream, never held in memory. IMAP announces a literal's size
/// before its bytes, so the size must be known: give <see cref="Length"/>, or a seekable stream (then the bytes from
/// its position to its end are sent).
/// </summary>
/// <param name="Content">The RFC 5322 message, positioned at its first byte.</param>
public sealed record AppendStreamMessage(Stream Content)
{
    /// <summary>Exactly how many bytes to send from <see cref="Content"/>; null to use a seekable stream's remaining length.</summary>
    public long? Length { get; init; }

    /// <summary>Flags to set, or null.</summary>
    public IReadOnlyList<Flag>? Flags { get; init; }

    /// <summary>The internal date, or null for the server's time.</summary>
    public DateTimeOffset? InternalDate { get; init; }

    /// <summary>
    /// Send a literal8 (<c>~{n}</c>, RFC 3516: the message may contain NUL): true to require it (needs BINARY), false
    /// never. Null (the default) lets <see cref="ImapClient"/> decide: when the server has BINARY and the stream is
    /// seekable, it is scanned once for NUL bytes first. <see cref="ImapConnection"/> treats null as false. Without
    /// BINARY the bytes are sent as they are (a server may refuse NUL).
    /// </summary>
    public bool? Binary { get; init; }

    /// <summary>The size to announce: <see cref="Length"/>, or what remains of a seekable stream.</summary>
    /// <returns>The size in bytes.</returns>
    /// <exception cref="ArgumentException">The stream is not seekable and no length was given, or the length is negative.</exception>
    public long ResolveLength()
    {
        ArgumentNullException.ThrowIfNull(Content);
        if (Length is { } length)
        {
            if (length < 0) throw new ArgumentException("The message length cannot be negative.", nameof(Length));
            return length;
        }
        if (!Content.CanSeek)
            throw new ArgumentException("IMAP needs the message size up front: give Length, or a seekable stream.", nameof(Content));
        return Content.Length - Content.Position;
    }
}
