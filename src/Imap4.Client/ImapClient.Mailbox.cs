using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>SELECT: opens a folder read-write (or as the options say) and describes it.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="options">CONDSTORE, QRESYNC or read-only; null for a plain SELECT.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The mailbox's state.</returns>
    /// <exception cref="ImapCommandException">The folder does not exist or cannot be selected (nothing is selected then).</exception>
    /// <exception cref="NotSupportedException">CONDSTORE or QRESYNC was asked for and is not offered.</exception>
    public async Task<MailboxInfo> SelectAsync(string folder, SelectOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SelectOptions();
        MailboxName mailbox = ToMailbox(folder);
        if (options.CondStore) Require(Capability.CondStore, "SELECT (CONDSTORE)");
        if (options.QResync is not null) await EnsureEnabledAsync(Capability.QResync, cancellationToken).ConfigureAwait(false);
        var command = new SelectCommand(mailbox) { ReadOnly = options.ReadOnly, CondStore = options.CondStore, QResync = options.QResync };
        _selected = null;
        ImapCommandResult result = await RunAsync(command, cancellationToken).ConfigureAwait(false);
        MailboxInfo info = MailboxInfo.From(FromMailbox(mailbox), options.ReadOnly, result);
        _selected = info;
        return info;
    }

    /// <summary>EXAMINE: opens a folder read-only (no flag changes, no \Recent reset).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The mailbox's state.</returns>
    public Task<MailboxInfo> ExamineAsync(string folder, CancellationToken cancellationToken = default) =>
        SelectAsync(folder, new SelectOptions { ReadOnly = true }, cancellationToken);

    /// <summary>
    /// Leaves the selected folder without expunging: UNSELECT when offered (or IMAP4rev2), CLOSE for a read-only
    /// selection, else an EXAMINE of a name that cannot exist (which deselects, RFC 3501 6.3.1).
    /// </summary>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when no folder is selected.</returns>
    public async Task UnselectAsync(CancellationToken cancellationToken = default)
    {
        if (HasCapability(Capability.Unselect) || HasCapability(Capability.Imap4Rev2))
            await RunAsync(UnselectCommand.Instance, cancellationToken).ConfigureAwait(false);
        else if (SelectedFolder is { IsReadOnly: true })
            await RunAsync(CloseCommand.Instance, cancellationToken).ConfigureAwait(false);
        else
        {
            try
            {
                await RunAsync(new SelectCommand(new MailboxName("imap4-unselect-" + Guid.NewGuid().ToString("N"))) { ReadOnly = true }, cancellationToken).ConfigureAwait(false);
            }
            catch (ImapCommandException)
            {
                // Expected: the failed EXAMINE left no folder selected.
            }
        }
        _selected = null;
    }

    /// <summary>CLOSE: expunges messages marked \Deleted (unless read-only) and leaves the folder.</summary>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes when no folder is selected.</returns>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        await RunAsync(CloseCommand.Instance, cancellationToken).ConfigureAwait(false);
        _selected = null;
    }

    /// <summary>CHECK (IMAP4rev1): a checkpoint of the selected folder; NOOP on IMAP4rev2-only servers, which dropped it.</summary>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task that completes with the command.</returns>
    public Task CheckAsync(CancellationToken cancellationToken = default) =>
        RunAsync(IsRev2Only ? NoopCommand.Instance : CheckCommand.Instance, cancellationToken);

    /// <summary>NOOP: gives the server a chance to report changes, and returns them.</summary>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The mailbox updates that arrived (EXISTS, EXPUNGE, FETCH, VANISHED...).</returns>
    public async Task<IReadOnlyList<MailboxUpdate>> NoopAsync(CancellationToken cancellationToken = default)
    {
        ImapCommandResult result = await RunAsync(NoopCommand.Instance, cancellationToken).ConfigureAwait(false);
        var updates = new List<MailboxUpdate>(result.Untagged.Count);
        foreach (UntaggedResponse r in result.Untagged) updates.Add(MailboxUpdate.From(r));
        return updates;
    }

    /// <summary>
    /// Removes messages marked \Deleted: all of them (EXPUNGE), or only those given (UID EXPUNGE, which needs UIDPLUS
    /// and UIDs).
    /// </summary>
    /// <param name="messages">The UIDs to expunge, or null for every \Deleted message.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>What was removed.</returns>
    /// <exception cref="ImapReadOnlyException">The folder is selected read-only.</exception>
    /// <exception cref="NotSupportedException">Messages were given without UIDPLUS, or while <see cref="UseUid"/> is false.</exception>
    public async Task<ExpungeResult> ExpungeAsync(MessageSet? messages = null, CancellationToken cancellationToken = default)
    {
        EnsureWritable("EXPUNGE");
        ImapCommand command = ExpungeCommand.Instance;
        if (messages is not null)
        {
            if (!UseUid) throw new NotSupportedException("Expunging given messages needs UIDs (UID EXPUNGE): set UseUid.");
            Require(Capability.UidPlus, "UID EXPUNGE");
            command = new UidExpungeCommand(messages.Set);
        }
        ImapCommandResult result = await RunAsync(command, cancellationToken).ConfigureAwait(false);
        return ToExpungeResult(result);
    }

    private static ExpungeResult ToExpungeResult(ImapCommandResult result)
    {
        var numbers = new List<uint>();
        var vanished = new List<SequenceRange>();
        foreach (UntaggedResponse r in result.Untagged)
        {
            if (r is ExpungeResponse e) numbers.Add(e.SequenceNumber);
            else if (r is VanishedResponse { Earlier: false } v) vanished.AddRange(v.Uids.Ranges);
        }
        return new ExpungeResult(numbers, vanished.Count > 0 ? new UidSet(vanished) : null);
    }

    private async Task EnsureEnabledAsync(Capability capability, CancellationToken cancellationToken)
    {
        foreach (Capability c in Connection.Enabled)
            if (c == capability) return;
        Require(capability, $"ENABLE {capability}");
        await RunAsync(new EnableCommand([capability]), cancellationToken).ConfigureAwait(false);
    }
}
