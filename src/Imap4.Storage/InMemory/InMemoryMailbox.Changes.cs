using Imap4.Protocol.Primitives;

namespace Imap4.Storage.InMemory;

internal sealed partial class InMemoryMailbox
{
    public ValueTask<StoreFlagsResult> StoreFlagsAsync(UidSet uids, FlagOperation operation, IReadOnlyCollection<Flag> flags,
        ulong? unchangedSince = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uids);
        ArgumentNullException.ThrowIfNull(flags);
        if (!Enum.IsDefined(operation)) throw new ArgumentOutOfRangeException(nameof(operation));
        Flag[] operand = FlagList.Normalize(flags);
        cancellationToken.ThrowIfCancellationRequested();
        return new(Locked(() => Store(Select(uids), operation, operand, unchangedSince)));
    }

    private StoreFlagsResult Store(List<MessageEntry> targets, FlagOperation operation, Flag[] operand, ulong? unchangedSince)
    {
        var updates = new List<FlagUpdate>(targets.Count);
        var modified = new List<uint>();
        ulong modSeq = 0; // taken on the first real change: a STORE that changes nothing leaves HIGHESTMODSEQ alone
        foreach (MessageEntry e in targets)
        {
            if (unchangedSince is ulong limit && e.Info.ModSeq > limit)
            {
                modified.Add(e.Info.Uid);
                continue;
            }
            Flag[] current = (Flag[])e.Info.Flags;
            Flag[] next = FlagList.Apply(current, operation, operand);
            if (ReferenceEquals(next, current))
            {
                updates.Add(new FlagUpdate(e.Info.Uid, current, e.Info.ModSeq, false));
                continue;
            }
            if (modSeq == 0) modSeq = box.NextModSeq();
            box.Messages[e.Info.Uid] = e with { Info = e.Info with { Flags = next, ModSeq = modSeq } };
            box.AddKeywords(next);
            updates.Add(new FlagUpdate(e.Info.Uid, next, modSeq, true));
        }
        if (modSeq != 0) box.Notifier.Publish(modSeq);
        return new StoreFlagsResult(updates, modified, box.HighestModSeq);
    }

    public ValueTask<IReadOnlyList<uint>> ExpungeAsync(UidSet? uids = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(Locked<IReadOnlyList<uint>>(() =>
        {
            uint[] gone = [.. Select(uids).Where(e => e.Info.HasFlag(Flag.Deleted)).Select(e => e.Info.Uid)];
            if (gone.Length == 0) return gone;
            account.Account(-gone.Sum(u => box.Messages[u].Info.Size), -gone.Length);
            box.Remove(gone, box.NextModSeq());
            box.Notifier.Publish(box.HighestModSeq);
            return gone;
        }));
    }

    public ValueTask<CopyResult> CopyAsync(UidSet uids, MailboxName destination, CancellationToken cancellationToken = default) =>
        Transfer(uids, destination, move: false, cancellationToken);

    public ValueTask<CopyResult> MoveAsync(UidSet uids, MailboxName destination, CancellationToken cancellationToken = default) =>
        Transfer(uids, destination, move: true, cancellationToken);

    private ValueTask<CopyResult> Transfer(UidSet uids, MailboxName destination, bool move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uids);
        string target = MailboxPath.Normalize(destination);
        cancellationToken.ThrowIfCancellationRequested();
        return new(Locked(() =>
        {
            if (!account.Mailboxes.TryGetValue(target, out MailboxState? dest))
                throw new MailStoreException(MailStoreError.TryCreate, $"Mailbox \"{target}\" does not exist.");
            if (move && ReferenceEquals(dest, box))
                throw new MailStoreException(MailStoreError.Cannot, "A message cannot be moved to the mailbox it is in.");
            List<MessageEntry> sources = Select(uids);
            if (sources.Count == 0) return new CopyResult(dest.UidValidity, []);
            if (!move) account.EnsureQuota(sources.Sum(e => e.Info.Size), sources.Count);
            EnsureUids(dest, sources.Count);
            return Commit(sources, dest, move);
        }));
    }

    private CopyResult Commit(List<MessageEntry> sources, MailboxState dest, bool move)
    {
        ulong modSeq = dest.NextModSeq();
        DateTimeOffset now = Now;
        var mapping = new (uint, uint)[sources.Count];
        for (int i = 0; i < sources.Count; i++)
        {
            MessageEntry e = sources[i];
            uint uid = dest.UidNext++;
            dest.Messages[uid] = e with { Info = e.Info with { Uid = uid, ModSeq = modSeq, SaveDate = now } };
            dest.AddKeywords(e.Info.Flags);
            mapping[i] = (e.Info.Uid, uid);
            if (!move) account.Account(e.Info.Size, 1);
        }
        if (move)
        {
            box.Remove([.. sources.Select(e => e.Info.Uid)], box.NextModSeq());
            box.Notifier.Publish(box.HighestModSeq);
        }
        dest.Notifier.Publish(modSeq);
        return new CopyResult(dest.UidValidity, mapping);
    }
}
