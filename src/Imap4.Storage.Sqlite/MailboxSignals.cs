using System.Threading.Channels;

namespace Imap4.Storage.Sqlite;

/// <summary>
/// Wakes the watchers of mailboxes in this process after a commit. Publishing never blocks: each watcher's channel
/// keeps only the newest value. Changes by other processes are found by the watchers' polling.
/// </summary>
internal sealed class MailboxSignals
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, List<ChannelWriter<ulong>>> _watchers = [];

    public IDisposable Register(long mailboxId, ChannelWriter<ulong> watcher)
    {
        lock (_gate)
        {
            if (!_watchers.TryGetValue(mailboxId, out List<ChannelWriter<ulong>>? list)) _watchers[mailboxId] = list = [];
            list.Add(watcher);
        }
        return new Registration(this, mailboxId, watcher);
    }

    public void Publish(long mailboxId, ulong modSeq)
    {
        lock (_gate)
        {
            if (_watchers.TryGetValue(mailboxId, out List<ChannelWriter<ulong>>? list))
                foreach (ChannelWriter<ulong> w in list) w.TryWrite(modSeq);
        }
    }

    /// <summary>Ends the watches of deleted mailboxes.</summary>
    public void Complete(IEnumerable<long> mailboxIds)
    {
        lock (_gate)
        {
            foreach (long id in mailboxIds)
            {
                if (!_watchers.Remove(id, out List<ChannelWriter<ulong>>? list)) continue;
                foreach (ChannelWriter<ulong> w in list) w.TryComplete();
            }
        }
    }

    private void Unregister(long mailboxId, ChannelWriter<ulong> watcher)
    {
        lock (_gate)
        {
            if (_watchers.TryGetValue(mailboxId, out List<ChannelWriter<ulong>>? list) && list.Remove(watcher) && list.Count == 0)
                _watchers.Remove(mailboxId);
        }
    }

    private sealed class Registration(MailboxSignals owner, long mailboxId, ChannelWriter<ulong> watcher) : IDisposable
    {
        public void Dispose() => owner.Unregister(mailboxId, watcher);
    }
}
