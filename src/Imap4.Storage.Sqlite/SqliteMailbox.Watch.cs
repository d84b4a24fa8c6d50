using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Imap4.Storage.Sqlite.Database;

namespace Imap4.Storage.Sqlite;

internal sealed partial class SqliteMailbox
{
    // In-process commits wake the watcher at once; a poll of HIGHESTMODSEQ catches commits by other processes.
    public async IAsyncEnumerable<ulong> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<ulong>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        using (store.Signals.Register(_id, channel.Writer))
        {
            ulong last = (await GetStatusAsync(cancellationToken).ConfigureAwait(false)).HighestModSeq;
            yield return last;
            while (true)
            {
                bool? signalled = await WaitAsync(channel.Reader, cancellationToken).ConfigureAwait(false);
                if (signalled == false) yield break; // the mailbox was deleted
                ulong? now = await HighestModSeqAsync(cancellationToken).ConfigureAwait(false);
                while (channel.Reader.TryRead(out ulong published)) now = Math.Max(now ?? 0, published);
                if (now is null) yield break;
                if (now > last) yield return last = now.Value;
            }
        }
    }

    /// <summary>True on a signal, null when the poll interval passed, false when the watch was completed.</summary>
    private async ValueTask<bool?> WaitAsync(ChannelReader<ulong> reader, CancellationToken cancellationToken)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        poll.CancelAfter(Options.WatchPollInterval);
        try
        {
            return await reader.WaitToReadAsync(poll.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private ValueTask<ulong?> HighestModSeqAsync(CancellationToken cancellationToken) => Db.ReadAsync(async (c, t, ct) =>
        (ulong?)(await MailboxRow.ByIdAsync(c, t, _id, ct).ConfigureAwait(false))?.HighestModSeq, cancellationToken);
}
