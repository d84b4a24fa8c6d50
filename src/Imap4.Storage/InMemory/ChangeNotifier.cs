using System.Threading.Channels;

namespace Imap4.Storage.InMemory;

/// <summary>Wakes the watchers of one mailbox. Publishing never blocks: each watcher keeps only the newest value.</summary>
internal sealed class ChangeNotifier
{
    private readonly Lock _gate = new();
    private readonly List<ChannelWriter<ulong>> _watchers = [];
    private bool _completed;

    public IDisposable Register(ChannelWriter<ulong> watcher)
    {
        lock (_gate)
        {
            if (_completed) watcher.TryComplete();
            else _watchers.Add(watcher);
        }
        return new Registration(this, watcher);
    }

    public void Publish(ulong modSeq)
    {
        lock (_gate)
        {
            foreach (ChannelWriter<ulong> w in _watchers) w.TryWrite(modSeq);
        }
    }

    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            foreach (ChannelWriter<ulong> w in _watchers) w.TryComplete();
            _watchers.Clear();
        }
    }

    private void Unregister(ChannelWriter<ulong> watcher)
    {
        lock (_gate) _watchers.Remove(watcher);
    }

    private sealed class Registration(ChangeNotifier owner, ChannelWriter<ulong> watcher) : IDisposable
    {
        public void Dispose() => owner.Unregister(watcher);
    }
}
