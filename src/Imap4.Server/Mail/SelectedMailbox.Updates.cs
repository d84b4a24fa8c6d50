using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Storage;

namespace Imap4.Server.Mail;

public sealed partial class SelectedMailbox
{
    /// <inheritdoc/>
    public async ValueTask WritePendingAsync(CommandContext context, SequenceNumberUse commandUse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        MailboxChanges changes;
        try
        {
            changes = await Mailbox.GetChangesSinceAsync(HighestModSeq, cancellationToken).ConfigureAwait(false);
        }
        catch (MailStoreException e) when (e.Error == MailStoreError.NonExistent)
        {
            return; // the mailbox was deleted: nothing more to report; commands on it answer NO [NONEXISTENT]
        }
        HighestModSeq = Math.Max(HighestModSeq, changes.HighestModSeq);
        foreach (uint uid in changes.Vanished)
            if (SequenceOf(uid) != 0) _pendingExpunge.Add(uid);
        uint last = _uids.Count == 0 ? 0 : _uids[^1];
        bool added = false;
        int firstNew = _uids.Count;
        var flagChanges = new List<MessageInfo>();
        foreach (MessageInfo m in changes.Changed)
        {
            Keywords.Learn(m.Flags);
            if (m.Uid > last)
            {
                _uids.Add(m.Uid);
                added = true;
            }
            else if (!_ownChanges.Contains((m.Uid, m.ModSeq)) && !_pendingExpunge.Contains(m.Uid) && SequenceOf(m.Uid) != 0) flagChanges.Add(m);
        }
        _ownChanges.Clear();
        // RFC 9051 7.5.1: no EXPUNGE while a command that uses sequence numbers runs; they wait for the next command.
        if (commandUse != SequenceNumberUse.Uses) await FlushExpungesAsync(context, cancellationToken).ConfigureAwait(false);
        Keywords.WriteIfChanged(context, ReadOnly);
        if (added)
        {
            await context.WriteAsync(new ExistsResponse((uint)_uids.Count), cancellationToken).ConfigureAwait(false);
            // IMAP4rev1: RECENT follows EXISTS whenever new messages arrive (RFC 3501 7.3.2).
            if (RecentKey is not null && context.Session.UsesRecent)
            {
                TakeRecent(context.Session.Recent, _uids.GetRange(firstNew, _uids.Count - firstNew));
                await context.WriteAsync(new RecentResponse((uint)RecentUids.Count), cancellationToken).ConfigureAwait(false);
            }
        }
        foreach (MessageInfo m in flagChanges)
            await context.WriteAsync(FlagsFetch(SequenceOf(m.Uid), m.Uid, m.Flags, m.ModSeq), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An unsolicited FETCH with a message's flags (and UID, and MODSEQ under CONDSTORE).</summary>
    /// <param name="sequenceNumber">The sequence number.</param>
    /// <param name="uid">The UID.</param>
    /// <param name="flags">The flags.</param>
    /// <param name="modSeq">The mod-sequence.</param>
    /// <returns>The response.</returns>
    public FetchResponse FlagsFetch(uint sequenceNumber, uint uid, IReadOnlyList<Flag> flags, ulong modSeq)
    {
        var items = new List<FetchItem>(3) { new UidItem(uid), new FlagsItem(WithRecent(uid, flags)) };
        if (CondStore) items.Add(new ModSeqItem(modSeq));
        return new FetchResponse(sequenceNumber, items);
    }

    // Reports and removes the pending expunges: EXPUNGE from the highest sequence number down (so that each number is
    // still valid when the client applies it), or one VANISHED under QRESYNC.
    private async ValueTask FlushExpungesAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (_pendingExpunge.Count == 0) return;
        if (QResync)
        {
            context.Write(new VanishedResponse(UidSet.FromValues(_pendingExpunge)));
        }
        else
        {
            for (int i = _uids.Count - 1; i >= 0; i--)
            {
                if (_pendingExpunge.Contains(_uids[i]))
                    await context.WriteAsync(new ExpungeResponse((uint)(i + 1)), cancellationToken).ConfigureAwait(false);
            }
        }
        _uids.RemoveAll(_pendingExpunge.Contains);
        RecentUids.ExceptWith(_pendingExpunge);
        _pendingExpunge.Clear();
    }
}
