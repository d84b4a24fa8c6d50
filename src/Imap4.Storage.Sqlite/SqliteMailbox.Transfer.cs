using Imap4.Protocol.Primitives;
using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite;

internal sealed partial class SqliteMailbox
{
    public ValueTask<CopyResult> CopyAsync(UidSet uids, MailboxName destination, CancellationToken cancellationToken = default) =>
        TransferAsync(uids, destination, move: false, cancellationToken);

    public ValueTask<CopyResult> MoveAsync(UidSet uids, MailboxName destination, CancellationToken cancellationToken = default) =>
        TransferAsync(uids, destination, move: true, cancellationToken);

    private async ValueTask<CopyResult> TransferAsync(UidSet uids, MailboxName destination, bool move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uids);
        string target = MailboxPath.Normalize(destination);
        (CopyResult result, long destId, ulong destModSeq, ulong sourceModSeq) = await Db.WriteAsync(
            (c, t, ct) => CommitTransferAsync(c, t, uids, target, move, ct), cancellationToken).ConfigureAwait(false);
        if (result.Mapping.Count > 0)
        {
            store.Signals.Publish(destId, destModSeq);
            if (move) store.Signals.Publish(_id, sourceModSeq);
        }
        return result;
    }

    // Copies share the content row (one stored copy of the bytes, one EMAILID); a move re-homes the message rows.
    private async ValueTask<(CopyResult, long, ulong, ulong)> CommitTransferAsync(SqliteConnection c, SqliteTransaction t, UidSet uids,
        string target, bool move, CancellationToken ct)
    {
        MailboxRow box = await RequireAsync(c, t, ct).ConfigureAwait(false);
        MailboxRow dest = await MailboxRow.ByNameAsync(c, t, _accountId, target, ct).ConfigureAwait(false)
            ?? throw new MailStoreException(MailStoreError.TryCreate, $"Mailbox \"{target}\" does not exist.");
        if (move && dest.Id == _id) throw new MailStoreException(MailStoreError.Cannot, "A message cannot be moved to the mailbox it is in.");
        List<MessageRows.Light> sources = await MessageRows.SelectAsync(c, t, _id, uids, null, ct).ConfigureAwait(false);
        if (sources.Count == 0) return (new CopyResult(dest.UidValidity, []), dest.Id, 0, 0);
        if (!move) await Writes.EnsureQuotaAsync(c, t, _accountId, sources.Sum(m => m.Size), sources.Count, ct).ConfigureAwait(false);
        Writes.EnsureUids(dest, sources.Count);

        ulong destModSeq = dest.HighestModSeq + 1;
        string saveDate = Codec.Date(Now);
        var mapping = new (uint, uint)[sources.Count];
        if (move) await RemoveAsync(c, t, _id, sources, box.HighestModSeq + 1, ct).ConfigureAwait(false);
        for (int i = 0; i < sources.Count; i++)
        {
            MessageRows.Light m = sources[i];
            uint uid = dest.UidNext + (uint)i;
            await InsertMessageAsync(c, t, dest.Id, uid, m.ContentId, m.Flags, destModSeq, m.InternalDate, saveDate, m.Size, ct).ConfigureAwait(false);
            await Writes.AddKeywordsAsync(c, t, dest.Id, m.Flags, ct).ConfigureAwait(false);
            mapping[i] = (m.Uid, uid);
        }
        await c.ExecuteAsync(t, "UPDATE mailbox SET uid_next = @u, highest_modseq = @s WHERE id = @m", ct,
            ("@u", (long)dest.UidNext + sources.Count), ("@s", (long)destModSeq), ("@m", dest.Id)).ConfigureAwait(false);
        if (!move) await Writes.AddUsageAsync(c, t, _accountId, sources.Sum(m => m.Size), sources.Count, ct).ConfigureAwait(false);
        return (new CopyResult(dest.UidValidity, mapping), dest.Id, destModSeq, box.HighestModSeq + 1);
    }
}
