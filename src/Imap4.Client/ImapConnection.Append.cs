using System.Buffers;
using Imap4.Client.Internal;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

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
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return AppendAsync(mailbox, [new AppendStreamMessage(content) { Length = length, Flags = flags, InternalDate = internalDate, Binary = binary }], cancellationToken);
    }

    /// <summary>
    /// APPEND of one or more messages read from streams (several in one MULTIAPPEND command, RFC 3502: the server adds
    /// all or none), never held in memory. Each literal is announced with its size, synchronizing or LITERAL+ as the
    /// server offers, as a literal8 when <see cref="AppendStreamMessage.Binary"/> is true. The caller checks that the
    /// server has MULTIAPPEND (and BINARY) first.
    /// </summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="messages">The messages, each with a known size.</param>
    /// <param name="cancellationToken">Cancels the command; once bytes have left, this closes the connection.</param>
    /// <returns>The tagged OK (with APPENDUID when the server has UIDPLUS).</returns>
    /// <exception cref="ArgumentException">No message, or a message whose size is unknown.</exception>
    /// <exception cref="ImapCommandException">The server refused the messages.</exception>
    /// <exception cref="ImapConnectionException">A stream ended early or failed (the connection is closed), or the
    /// connection failed.</exception>
    public Task<ImapCommandResult> AppendAsync(MailboxName mailbox, IReadOnlyList<AppendStreamMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0) throw new ArgumentException("Give at least one message.", nameof(messages));
        var parts = new StreamedAppendPart[messages.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            AppendStreamMessage m = messages[i] ?? throw new ArgumentException("A message is null.", nameof(messages));
            parts[i] = new StreamedAppendPart(m.Content, m.ResolveLength(), m.Binary == true, m.Flags, m.InternalDate);
        }
        return RunAsync(Request.Of(new StreamedAppendCommand(mailbox, parts)), CommandFlags.None, cancellationToken);
    }

    /// <summary>Streams each message, the next one's header between them, and the command's final CRLF.</summary>
    private async Task SendAppendBodiesAsync(PendingCommand pending, StreamedAppendCommand append, CancellationToken cancellationToken)
    {
        for (int i = 0; i < append.Parts.Count; i++)
        {
            await SendBodyAsync(append.Parts[i], cancellationToken).ConfigureAwait(false);
            if (i + 1 == append.Parts.Count) break;
            var buffer = new ArrayBufferWriter<byte>();
            var writer = new ImapWriter(buffer, _writerOptions);
            append.Parts[i + 1].WriteHeader(writer);
            if (await SendFragmentsAsync(pending, buffer.WrittenSpan.ToArray(), [.. writer.ContinuationPoints], cancellationToken).ConfigureAwait(false))
                return;
        }
        await WriteAsync("\r\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Copies one streamed literal to the transport in chunks.</summary>
    private async Task SendBodyAsync(StreamedAppendPart body, CancellationToken cancellationToken)
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
            await _transport.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
