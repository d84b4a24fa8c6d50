using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>
    /// APPEND: adds a message to a folder (LITERAL+ is used when offered; a message larger than the server's
    /// APPENDLIMIT is refused before anything is sent).
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="message">The RFC 5322 message.</param>
    /// <param name="flags">Flags to set, or null.</param>
    /// <param name="internalDate">The internal date, or null for now.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The new UID (APPENDUID), when the server has UIDPLUS.</returns>
    /// <exception cref="ImapCommandException">The server refused (e.g. <c>[TRYCREATE]</c>, <c>[OVERQUOTA]</c>), or the message exceeds
    /// APPENDLIMIT (response code <c>TOOBIG</c>, nothing sent).</exception>
    public Task<AppendResult> AppendAsync(string folder, ReadOnlyMemory<byte> message, IReadOnlyList<Flag>? flags = null, DateTimeOffset? internalDate = null, CancellationToken cancellationToken = default) =>
        AppendAsync(folder, [CreateAppendMessage(message, flags, internalDate)], cancellationToken);

    /// <summary>
    /// APPEND from a stream without reading it into memory: a seekable stream is sent from its position to its end in
    /// chunks; a stream of unknown length is first spooled to a temporary file (IMAP needs the length up front). With
    /// BINARY, content containing NUL goes in a literal8 (the stream is scanned once first).
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="message">The message stream.</param>
    /// <param name="flags">Flags to set, or null.</param>
    /// <param name="internalDate">The internal date, or null for now.</param>
    /// <param name="cancellationToken">Cancels reading and the command.</param>
    /// <returns>The new UID (APPENDUID), when the server has UIDPLUS.</returns>
    /// <exception cref="ImapCommandException">The server refused, or the message exceeds APPENDLIMIT (nothing sent).</exception>
    public async Task<AppendResult> AppendAsync(string folder, Stream message, IReadOnlyList<Flag>? flags = null, DateTimeOffset? internalDate = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        MailboxName mailbox = ToMailbox(folder);
        if (message.CanSeek) return await AppendStreamsAsync(mailbox, [new AppendStreamMessage(message) { Flags = flags, InternalDate = internalDate }], cancellationToken).ConfigureAwait(false);
        FileStream spool = CreateSpoolFile();
        await using (spool.ConfigureAwait(false))
        {
            await message.CopyToAsync(spool, cancellationToken).ConfigureAwait(false);
            spool.Position = 0;
            return await AppendStreamsAsync(mailbox, [new AppendStreamMessage(spool) { Flags = flags, InternalDate = internalDate }], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Appends several messages: in one MULTIAPPEND command (atomic) when offered, else one APPEND after the other.
    /// Build each with <see cref="CreateAppendMessage"/> or <see cref="AppendMessage"/> directly.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="messages">The messages.</param>
    /// <param name="cancellationToken">Cancels the command(s).</param>
    /// <returns>The new UIDs, in order, when the server has UIDPLUS.</returns>
    public async Task<AppendResult> AppendAsync(string folder, IReadOnlyList<AppendMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0) throw new ArgumentException("Give at least one message.", nameof(messages));
        MailboxName mailbox = ToMailbox(folder);
        foreach (AppendMessage m in messages) CheckAppendLimit(m);
        if (messages.Count == 1 || HasCapability(Capability.MultiAppend))
            return ToAppendResult(await RunAsync(new AppendCommand(mailbox, messages), cancellationToken).ConfigureAwait(false));
        var uids = new List<SequenceRange>();
        uint? validity = null;
        foreach (AppendMessage m in messages)
        {
            AppendResult one = ToAppendResult(await RunAsync(new AppendCommand(mailbox, m), cancellationToken).ConfigureAwait(false));
            validity ??= one.UidValidity;
            if (one.Uids is { } u) uids.AddRange(u.Ranges);
        }
        return JoinResults(validity, uids, messages.Count);
    }

    /// <summary>Joins the results of one APPEND per message (each gave one UID when the server has UIDPLUS).</summary>
    private static AppendResult JoinResults(uint? validity, List<SequenceRange> uids, int count) =>
        new(validity, uids.Count == count ? new UidSet(uids) : null);

    /// <summary>Builds one message for APPEND: NUL bytes go in a literal8 when the server has BINARY.</summary>
    /// <param name="message">The RFC 5322 message.</param>
    /// <param name="flags">Flags to set, or null.</param>
    /// <param name="internalDate">The internal date, or null for now.</param>
    /// <returns>The message.</returns>
    public AppendMessage CreateAppendMessage(ReadOnlyMemory<byte> message, IReadOnlyList<Flag>? flags = null, DateTimeOffset? internalDate = null)
    {
        bool binary = message.Span.Contains((byte)0) && HasCapability(Capability.Binary);
        return new AppendMessage(message, binary) { Flags = flags, InternalDate = internalDate };
    }

    /// <summary>The APPENDLIMIT the server announced in its capabilities, or null when none.</summary>
    public ulong? AppendLimit
    {
        get
        {
            foreach (Capability c in Capabilities)
                if (c.Name.Equals("APPENDLIMIT", StringComparison.OrdinalIgnoreCase) && ulong.TryParse(c.Value, out ulong limit)) return limit;
            return null;
        }
    }

    private void CheckAppendLimit(AppendMessage message) => CheckAppendLimit(message.Content.Length);

    private void CheckAppendLimit(long length)
    {
        if (AppendLimit is not { } limit || (ulong)length <= limit) return;
        var status = new StatusResponse("*", StatusKind.No, ResponseCode.TooBig,
            $"The message ({length} octets) exceeds the server's APPENDLIMIT of {limit} octets; it was not sent.");
        throw new ImapCommandException("APPEND", new ImapCommandResult("*", status, [], []));
    }

    private static AppendResult ToAppendResult(ImapCommandResult result) =>
        result.Status.Code is AppendUidCode a ? new AppendResult(a.UidValidity, a.Uids) : new AppendResult(null, null);
}
