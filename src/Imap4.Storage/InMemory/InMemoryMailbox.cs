using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Imap4.Mime;
using Imap4.Protocol.Primitives;

namespace Imap4.Storage.InMemory;

/// <summary>A handle on one mailbox of an <see cref="InMemoryMailStore"/>. All state lives in the shared <see cref="MailboxState"/>.</summary>
internal sealed partial class InMemoryMailbox(InMemoryMailStore store, AccountState account, MailboxState box) : IMailbox
{
    public string MailboxId => box.Id;

    public MailboxName Name { get; } = new(box.Name);

    public uint UidValidity => box.UidValidity;

    private DateTimeOffset Now => store.Options.TimeProvider.GetLocalNow();

    public ValueTask<MailboxStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(Locked(() =>
        {
            int unseen = 0, deleted = 0;
            long size = 0;
            foreach (MessageEntry e in box.Messages.Values)
            {
                if (!e.Info.HasFlag(Flag.Seen)) unseen++;
                if (e.Info.HasFlag(Flag.Deleted)) deleted++;
                size += e.Info.Size;
            }
            return new MailboxStatus
            {
                Name = new MailboxName(box.Name), MailboxId = box.Id, UidValidity = box.UidValidity, UidNext = box.UidNext,
                HighestModSeq = box.HighestModSeq, Messages = box.Messages.Count, Unseen = unseen, Deleted = deleted, Size = size,
                Keywords = [.. box.Keywords], SpecialUse = box.SpecialUse,
            };
        }));
    }

    public IAsyncEnumerable<MessageInfo> GetMessagesAsync(UidSet? uids = null, CancellationToken cancellationToken = default) =>
        AsyncSequence.Of(() => Locked(() => Select(uids).Select(e => e.Info).ToArray()), cancellationToken);

    /// <summary>The entries for a UID set, ascending; call under the lock.</summary>
    private List<MessageEntry> Select(UidSet? uids)
    {
        if (uids is null) return [.. box.Messages.Values];
        UidSet set = uids.Normalize();
        var result = new List<MessageEntry>();
        if (set.CountDistinct() <= box.Messages.Count)
        {
            foreach (uint uid in set.Enumerate())
                if (box.Messages.TryGetValue(uid, out MessageEntry? e)) result.Add(e);
        }
        else
        {
            foreach (MessageEntry e in box.Messages.Values)
                if (set.Contains(e.Info.Uid)) result.Add(e);
        }
        return result;
    }

    public ValueTask<Stream> OpenContentAsync(uint uid, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(Locked(() => Find(uid).Stored.Open()));
    }

    public ValueTask<ParsedMessage> GetStructureAsync(uint uid, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(Locked(() => Find(uid).Stored.Parsed));
    }

    private MessageEntry Find(uint uid) => box.Messages.TryGetValue(uid, out MessageEntry? e) ? e : throw box.Gone(uid);

    public ValueTask<MailboxChanges> GetChangesSinceAsync(ulong modSeq, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(Locked(() =>
        {
            var changed = box.Messages.Values.Where(e => e.Info.ModSeq > modSeq).Select(e => e.Info).ToArray();
            var vanished = new List<uint>();
            for (int i = box.Tombstones.Count - 1; i >= 0 && box.Tombstones[i].ModSeq > modSeq; i--) vanished.Add(box.Tombstones[i].Uid);
            vanished.Sort();
            return new MailboxChanges(box.HighestModSeq, changed, vanished);
        }));
    }

    public async IAsyncEnumerable<ulong> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<ulong>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        using (box.Notifier.Register(channel.Writer))
        {
            yield return Locked(() => box.HighestModSeq);
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out ulong modSeq)) yield return modSeq;
            }
        }
    }

    /// <summary>Runs under the account lock after checking that the account and the mailbox still exist.</summary>
    private T Locked<T>(Func<T> action)
    {
        lock (account.Gate)
        {
            account.ThrowIfDeleted();
            if (box.Deleted) throw new MailStoreException(MailStoreError.NonExistent, $"Mailbox \"{box.Name}\" no longer exists.");
            return action();
        }
    }
}
