using System.Buffers;
using Imap4.Client.Internal;
using Imap4.Protocol.Primitives;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    private const int BodyChunkSize = 64 * 1024;

    /// <summary>
    /// APPEND of one message read from a stream in chunks, never held in memory: the literal is announced with
    /// <paramref name="length"/>, then exactly that many bytes are copied from the stream's current position.
    /// </summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="content">The message; at least <paramref name="length"/> bytes must follow its position.</param>
    /// <param name="length">The message size in bytes.</param>
    /// <param name="flags">Flags to set, or null.</param>
    /// <param name="internalDate">The internal date, or null for the server's time.</param>
    /// <param name="binary">Send a literal8 (BINARY: the message may contain NUL).</param>
    /// <param name="cancellationToken">Cancels the command; once bytes have left, this closes the connection.</param>
    /// <returns>The tagged OK (with APPENDUID when the server has UIDPLUS).</returns>
    /// <exception cref="ImapCommandException">The server refused the message.</exception>
    /// <exception cref="ImapConnectionException">The stream ended early or failed (the connection is closed), or the
    /// connection failed.</exception>
    public Task<ImapCommandResult> AppendAsync(MailboxName mailbox, Stream content, long length, IReadOnlyList<Flag>? flags = null, DateTimeOffset? internalDate = null, bool binary = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var command = new StreamedAppendCommand(mailbox, length, binary, flags, internalDate);
        return RunAsync(new Request(command, null, new StreamedLiteral(content, length)), CommandFlags.None, cancellationToken);
    }

    /// <summary>Copies a streamed literal and the command's final CRLF to the transport.</summary>
    private async Task SendBodyAsync(StreamedLiteral body, CancellationToken cancellationToken)
    {
        if (_trace.Enabled) _trace.SentRedacted($"<{body.Length} literal octets>");
        byte[] chunk = ArrayPool<byte>.Shared.Rent((int)Math.Min(BodyChunkSize, Math.Max(body.Length, 1)));
        try
        {
            long remaining = body.Length;
            while (remaining > 0)
            {
                int read = await body.Content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, remaining)), cancellationToken).ConfigureAwait(false);
                if (read == 0) throw new IOException($"The message stream ended {remaining} bytes before the announced length.");
                await _transport.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                remaining -= read;
                Touch();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        await WriteAsync("\r\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }
}
