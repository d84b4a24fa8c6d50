using System.Buffers;
using Imap4.Protocol.Primitives;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>
    /// Appends messages read from streams, none held in memory: in one MULTIAPPEND command (atomic) when offered, else
    /// one APPEND after the other. Each size must be known (<see cref="AppendStreamMessage.Length"/> or a seekable
    /// stream) and is checked against APPENDLIMIT before anything is sent; literals are LITERAL+ when offered, and a
    /// literal8 when the message asks for binary or (with BINARY, for a seekable stream) contains NUL.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="messages">The messages with their flags and internal dates.</param>
    /// <param name="cancellationToken">Cancels reading and the command(s).</param>
    /// <returns>The new UIDs, in order, when the server has UIDPLUS.</returns>
    /// <exception cref="ArgumentException">No message, or one whose size is unknown.</exception>
    /// <exception cref="NotSupportedException">A message asks for binary and the server has no BINARY.</exception>
    /// <exception cref="ImapCommandException">The server refused, or a message exceeds APPENDLIMIT (response code
    /// <c>TOOBIG</c>, nothing sent).</exception>
    public Task<AppendResult> AppendAsync(string folder, IReadOnlyList<AppendStreamMessage> messages, CancellationToken cancellationToken = default) =>
        AppendStreamsAsync(ToMailbox(folder), messages, cancellationToken);

    private async Task<AppendResult> AppendStreamsAsync(MailboxName mailbox, IReadOnlyList<AppendStreamMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0) throw new ArgumentException("Give at least one message.", nameof(messages));
        var prepared = new AppendStreamMessage[messages.Count];
        for (int i = 0; i < prepared.Length; i++)
        {
            AppendStreamMessage m = messages[i] ?? throw new ArgumentException("A message is null.", nameof(messages));
            long length = m.ResolveLength();
            CheckAppendLimit(length);
            prepared[i] = m with { Length = length, Binary = await NeedsLiteral8Async(m, length, cancellationToken).ConfigureAwait(false) };
        }
        if (prepared.Length == 1 || HasCapability(Capability.MultiAppend))
            return ToAppendResult(await Connection.AppendAsync(mailbox, prepared, cancellationToken).ConfigureAwait(false));
        var uids = new List<SequenceRange>();
        uint? validity = null;
        foreach (AppendStreamMessage m in prepared)
        {
            AppendResult one = ToAppendResult(await Connection.AppendAsync(mailbox, [m], cancellationToken).ConfigureAwait(false));
            validity ??= one.UidValidity;
            if (one.Uids is { } u) uids.AddRange(u.Ranges);
        }
        return JoinResults(validity, uids, prepared.Length);
    }

    /// <summary>Binary as asked; when unspecified, a seekable stream is scanned for NUL if the server has BINARY.</summary>
    private async Task<bool> NeedsLiteral8Async(AppendStreamMessage message, long length, CancellationToken cancellationToken)
    {
        if (message.Binary == true)
        {
            Require(Capability.Binary, "APPEND of binary content (literal8)");
            return true;
        }
        if (message.Binary == false || !message.Content.CanSeek || !HasCapability(Capability.Binary)) return false;
        return await ContainsNulAsync(message.Content, length, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the next <paramref name="length"/> bytes looking for NUL, then seeks back.</summary>
    private static async Task<bool> ContainsNulAsync(Stream stream, long length, CancellationToken cancellationToken)
    {
        long start = stream.Position;
        byte[] chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            for (long left = length; left > 0;)
            {
                int read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)), cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                if (chunk.AsSpan(0, read).Contains((byte)0)) return true;
                left -= read;
            }
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            stream.Position = start;
        }
    }
}
