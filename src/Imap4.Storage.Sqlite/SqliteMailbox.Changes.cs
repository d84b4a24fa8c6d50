using Imap4.Protocol.Primitives;
using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite;

internal sealed partial class SqliteMailbox
{
    public async ValueTask<StoreFlagsResult> StoreFlagsAsync(UidSet uids, FlagOperation operation, IReadOnlyCollection<Flag> flags,
        ulong? unchangedSince = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uids);
        ArgumentNullException.ThrowIfNull(flags);
        if (!Enum.IsDefined(operation)) throw new ArgumentOutOfRangeException(nameof(operation));
        Flag[] operand = FlagList.Normalize(flags);
        StoreFlagsResult result = await Db.WriteAsync((c, t, ct) => StoreAsync(c, t, uids, operation, operand, unchangedSince, ct), cancellationToken).ConfigureAwait(false);
        if (result.Messages.Any(m => m.Changed)) store.Signals.Publish(_id, result.HighestModSeq);
        return result;
    }

    private async ValueTask<StoreFlagsResult> StoreAsync(SqliteConnection c, SqliteTransaction t, UidSet uids, FlagOperation operation,
        Flag[] operand, ulong? unchangedSince, CancellationToken ct)
    {
        MailboxRow box = await RequireAsync(c, t, ct).ConfigureAwait(false);
        List<MessageRows.Light> targets = await MessageRows.SelectAsync(c, t, _id, uids, null, ct).ConfigureAwait(false);
        var updates = new List<FlagUpdate>(targets.Count);
        var modified = new List<uint>();
        ulong modSeq = 0; // taken on the first real change: a STORE that changes nothing leaves HIGHESTMODSEQ alone
        foreach (MessageRows.Light m in targets)
        {
            if (unchangedSince is ulong limit && m.ModSeq > limit)
            {
                modified.Add(m.Uid);
                continue;
            }
            Flag[] next = FlagList.Apply(m.Flags, operation, operand);
            if (ReferenceEquals(next, m.Flags))
            {
                updates.Add(new FlagUpdate(m.Uid, m.Flags, m.ModSeq, false));
                continue;
            }
            if (modSeq == 0) modSeq = box.HighestModSeq + 1;
            await c.ExecuteAsync(t, "UPDATE message SET flags = @f, seen = @se, deleted = @de, modseq = @s WHERE mailbox_id = @m AND uid = @u", ct,
                ("@f", Codec.Flags(next)), ("@se", Codec.Has(next, Flag.Seen) ? 1 : 0), ("@de", Codec.Has(next, Flag.Deleted) ? 1 : 0),
                ("@s", (long)modSeq), ("@m", _id), ("@u", (long)m.Uid)).ConfigureAwait(false);
            await Writes.AddKeywordsAsync(c, t, _id, next, ct).ConfigureAwait(false);
            updates.Add(new FlagUpdate(m.Uid, next, modSeq, true));
        }
        if (modSeq != 0) await SetHighestModSeqAsync(c, t, _id, modSeq, ct).ConfigureAwait(false);
        return new StoreFlagsResult(updates, modified, modSeq != 0 ? modSeq : box.HighestModSeq);
    }

    public async ValueTask<IReadOnlyList<uint>> ExpungeAsync(UidSet? uids = null, CancellationToken cancellationToken = default)
    {
        (List<uint> gone, ulong modSeq) = await Db.WriteAsync(async (c, t, ct) =>
        {
            MailboxRow box = await RequireAsync(c, t, ct).ConfigureAwait(false);
            List<MessageRows.Light> targets = await MessageRows.SelectAsync(c, t, _id, uids, "deleted = 1", ct).ConfigureAwait(false);
            if (targets.Count == 0) return ([], 0UL);
            ulong next = box.HighestModSeq + 1;
            await RemoveAsync(c, t, _id, targets, next, ct).ConfigureAwait(false);
            await Writes.AddUsageAsync(c, t, _accountId, -targets.Sum(m => m.Size), -targets.Count, ct).ConfigureAwait(false);
            await Writes.DeleteOrphanContentAsync(c, t, targets.Select(m => m.ContentId), ct).ConfigureAwait(false);
            return (targets.ConvertAll(m => m.Uid), next);
        }, cancellationToken).ConfigureAwait(false);
        if (gone.Count > 0) store.Signals.Publish(_id, modSeq);
        return gone;
    }

    /// <summary>Removes messages under one mod-sequence, logging tombstones for VANISHED.</summary>
    private static async ValueTask RemoveAsync(SqliteConnection c, SqliteTransaction t, long mailboxId, List<MessageRows.Light> messages, ulong modSeq, CancellationToken ct)
    {
        foreach (MessageRows.Light m in messages)
        {
            await c.ExecuteAsync(t, "DELETE FROM message WHERE mailbox_id = @m AND uid = @u", ct, ("@m", mailboxId), ("@u", (long)m.Uid)).ConfigureAwait(false);
            await c.ExecuteAsync(t, "INSERT INTO tombstone(mailbox_id, uid, modseq) VALUES (@m, @u, @s)", ct,
                ("@m", mailboxId), ("@u", (long)m.Uid), ("@s", (long)modSeq)).ConfigureAwait(false);
        }
        await SetHighestModSeqAsync(c, t, mailboxId, modSeq, ct).ConfigureAwait(false);
    }

    private static ValueTask<int> SetHighestModSeqAsync(SqliteConnection c, SqliteTransaction t, long mailboxId, ulong modSeq, CancellationToken ct) =>
        c.ExecuteAsync(t, "UPDATE mailbox SET highest_modseq = @s WHERE id = @m", ct, ("@s", (long)modSeq), ("@m", mailboxId));
}
