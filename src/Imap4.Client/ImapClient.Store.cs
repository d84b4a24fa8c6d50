using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>STORE +FLAGS: adds flags.</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="flags">The flags, e.g. <c>[Flag.Seen]</c>.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>Each message's id and its flags afterwards.</returns>
    /// <exception cref="ImapReadOnlyException">The folder is selected read-only.</exception>
    public async Task<IReadOnlyDictionary<uint, IReadOnlyList<Flag>>> AddFlagsAsync(MessageSet messages, IReadOnlyList<Flag> flags, CancellationToken cancellationToken = default) =>
        (await StoreAsync(messages, StoreAction.Add, flags, silent: false, null, cancellationToken).ConfigureAwait(false)).Flags;

    /// <summary>STORE -FLAGS: removes flags.</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="flags">The flags.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>Each message's id and its flags afterwards.</returns>
    /// <exception cref="ImapReadOnlyException">The folder is selected read-only.</exception>
    public async Task<IReadOnlyDictionary<uint, IReadOnlyList<Flag>>> RemoveFlagsAsync(MessageSet messages, IReadOnlyList<Flag> flags, CancellationToken cancellationToken = default) =>
        (await StoreAsync(messages, StoreAction.Remove, flags, silent: false, null, cancellationToken).ConfigureAwait(false)).Flags;

    /// <summary>STORE FLAGS: replaces the flags.</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="flags">The new flags (empty clears them).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>Each message's id and its flags afterwards.</returns>
    /// <exception cref="ImapReadOnlyException">The folder is selected read-only.</exception>
    public async Task<IReadOnlyDictionary<uint, IReadOnlyList<Flag>>> SetFlagsAsync(MessageSet messages, IReadOnlyList<Flag> flags, CancellationToken cancellationToken = default) =>
        (await StoreAsync(messages, StoreAction.Replace, flags, silent: false, null, cancellationToken).ConfigureAwait(false)).Flags;

    /// <summary>STORE in full: action, .SILENT and UNCHANGEDSINCE (CONDSTORE).</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="action">Add, remove or replace.</param>
    /// <param name="flags">The flags.</param>
    /// <param name="silent">True for .SILENT (the server does not echo the new flags).</param>
    /// <param name="unchangedSince">Change only messages whose mod-sequence is not above this; null for no condition.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The new flags and, with a condition, the messages left alone.</returns>
    /// <exception cref="ImapReadOnlyException">The folder is selected read-only.</exception>
    /// <exception cref="NotSupportedException">UNCHANGEDSINCE without CONDSTORE.</exception>
    public async Task<StoreResult> StoreAsync(MessageSet messages, StoreAction action, IReadOnlyList<Flag> flags, bool silent = false, ulong? unchangedSince = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(flags);
        EnsureWritable("STORE");
        if (unchangedSince is not null) Require(Capability.CondStore, "STORE UNCHANGEDSINCE");
        var command = new StoreCommand(messages.Set, action, silent, flags) { IsUid = UseUid, UnchangedSince = unchangedSince };
        ImapCommandResult result = await RunAsync(command, cancellationToken).ConfigureAwait(false);
        var changed = new Dictionary<uint, IReadOnlyList<Flag>>();
        foreach (FetchResult r in ToFetchResults(result, UseUid))
            if (r.Flags is { } f) changed[IdOf(r)] = f;
        SequenceSet? modified = result.Status.Code is ModifiedCode m ? m.Messages : null;
        return new StoreResult(changed, modified);
    }

    /// <summary>Gmail labels (X-GM-LABELS, needs X-GM-EXT-1): add, remove or replace.</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="action">Add, remove or replace.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>Each message's id and its labels afterwards.</returns>
    /// <exception cref="NotSupportedException">The server is not Gmail-like.</exception>
    public async Task<IReadOnlyDictionary<uint, IReadOnlyList<string>>> StoreGmailLabelsAsync(MessageSet messages, StoreAction action, IReadOnlyList<string> labels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        Require(Capability.GmailExtensions, "X-GM-LABELS");
        EnsureWritable("STORE X-GM-LABELS");
        var command = new StoreGmailLabelsCommand(messages.Set, action, false, labels) { IsUid = UseUid };
        ImapCommandResult result = await RunAsync(command, cancellationToken).ConfigureAwait(false);
        var changed = new Dictionary<uint, IReadOnlyList<string>>();
        foreach (FetchResult r in ToFetchResults(result, UseUid))
            if (r.GmailLabels is { } l) changed[IdOf(r)] = l;
        return changed;
    }

    /// <summary>COPY: copies messages to a folder.</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="folder">The destination.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The UID mapping (COPYUID), when the server has UIDPLUS.</returns>
    /// <exception cref="ImapCommandException">E.g. <c>[TRYCREATE]</c> when the destination does not exist.</exception>
    public async Task<CopyResult> CopyAsync(MessageSet messages, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var command = new CopyCommand(messages.Set, ToMailbox(folder)) { IsUid = UseUid };
        return CopyResult.From(await RunAsync(command, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// MOVE (RFC 6851): moves messages to a folder. Without MOVE but with UIDPLUS it is done as COPY, STORE +FLAGS
    /// \Deleted and UID EXPUNGE of just those messages (not atomic: a failure in between leaves copies behind).
    /// </summary>
    /// <param name="messages">The messages.</param>
    /// <param name="folder">The destination.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The UID mapping (COPYUID), when the server has UIDPLUS.</returns>
    /// <exception cref="ImapReadOnlyException">The source folder is selected read-only.</exception>
    /// <exception cref="NotSupportedException">Neither MOVE nor UIDPLUS: expunging only these messages is impossible.</exception>
    public async Task<CopyResult> MoveAsync(MessageSet messages, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        EnsureWritable("MOVE");
        MailboxName destination = ToMailbox(folder);
        if (HasCapability(Capability.Move) || HasCapability(Capability.Imap4Rev2))
            return CopyResult.From(await RunAsync(new MoveCommand(messages.Set, destination) { IsUid = UseUid }, cancellationToken).ConfigureAwait(false));
        if (!HasCapability(Capability.UidPlus))
            throw new NotSupportedException("MOVE needs the MOVE capability, or UIDPLUS to emulate it without expunging other deleted messages.");
        SequenceSet uids = UseUid ? messages.Set : await UidsOfAsync(messages.Set, cancellationToken).ConfigureAwait(false);
        CopyResult copied = CopyResult.From(await RunAsync(new CopyCommand(uids, destination) { IsUid = true }, cancellationToken).ConfigureAwait(false));
        await RunAsync(new StoreCommand(uids, StoreAction.Add, true, [Flag.Deleted]) { IsUid = true }, cancellationToken).ConfigureAwait(false);
        await RunAsync(new UidExpungeCommand(uids), cancellationToken).ConfigureAwait(false);
        return copied;
    }

    private async Task<SequenceSet> UidsOfAsync(SequenceSet sequenceNumbers, CancellationToken cancellationToken)
    {
        ImapCommandResult result = await RunAsync(new FetchCommand(sequenceNumbers, [FetchAttribute.Uid]), cancellationToken).ConfigureAwait(false);
        var uids = new List<uint>();
        foreach (FetchResponse f in result.Get<FetchResponse>())
            if (f.Uid is { } uid) uids.Add(uid);
        if (uids.Count == 0) throw new ImapCommandException($"No message matches {sequenceNumbers}.");
        return SequenceSet.FromValues(uids);
    }
}
