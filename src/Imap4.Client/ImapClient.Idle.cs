using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>
    /// IDLE (RFC 2177) as a stream of mailbox updates (EXISTS, EXPUNGE, FETCH, VANISHED...) until
    /// <paramref name="cancellationToken"/> fires or the consumer stops enumerating; then DONE is sent and the
    /// enumeration ends normally. IDLE is renewed every <see cref="ImapClientOptions.IdleRenewalInterval"/>, and
    /// early when the server has sent nothing for <see cref="ImapClientOptions.IdleKeepAliveInterval"/>; a server that
    /// does not answer DONE within <see cref="ImapClientOptions.IdleDoneTimeout"/> is declared dead (the connection is
    /// closed and the enumeration ends with <see cref="ImapConnectionException"/>). Updates that arrive while IDLE is
    /// being renewed are yielded too.
    /// </summary>
    /// <param name="cancellationToken">Stops idling (the normal way out).</param>
    /// <returns>The updates, in arrival order.</returns>
    /// <exception cref="ImapConnectionException">The connection failed or is dead.</exception>
    /// <exception cref="NotSupportedException">The server does not announce IDLE.</exception>
    public async IAsyncEnumerable<MailboxUpdate> IdleAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        RequireIdle();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateUnbounded<MailboxUpdate>(new UnboundedChannelOptions { SingleReader = true });
        Task loop = IdleLoopAsync(u =>
        {
            channel.Writer.TryWrite(u);
            return ValueTask.CompletedTask;
        }, stop.Token);
        _ = loop.ContinueWith(
            static (t, c) => ((Channel<MailboxUpdate>)c!).Writer.TryComplete(t.Exception?.GetBaseException()), channel,
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            while (await channel.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out MailboxUpdate? update)) yield return update;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await loop.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// IDLE with a callback for each mailbox update, until <paramref name="cancellationToken"/> fires (then DONE is sent
    /// and the task completes normally). Renewal and dead-connection detection as in <see cref="IdleAsync(CancellationToken)"/>.
    /// </summary>
    /// <param name="onUpdate">Called for each update on the idling task. It must not issue commands on this client
    /// (that throws <see cref="InvalidOperationException"/>); if it throws, IDLE is ended and the exception rethrown.</param>
    /// <param name="cancellationToken">Stops idling.</param>
    /// <returns>A task that completes when idling has stopped.</returns>
    public Task IdleAsync(Func<MailboxUpdate, ValueTask> onUpdate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onUpdate);
        RequireIdle();
        return IdleLoopAsync(onUpdate, cancellationToken);
    }

    private void RequireIdle()
    {
        if (!HasCapability(Capability.Imap4Rev2)) Require(Capability.Idle, "IDLE");
        if (_options.IdleKeepAliveInterval <= TimeSpan.Zero && _options.IdleKeepAliveInterval != Timeout.InfiniteTimeSpan)
            throw new InvalidOperationException("ImapClientOptions.IdleKeepAliveInterval must be positive (or Timeout.InfiniteTimeSpan to turn it off).");
    }

    private async Task IdleLoopAsync(Func<MailboxUpdate, ValueTask> onUpdate, CancellationToken stop)
    {
        // Updates that arrive while no IDLE is in progress (between a renewal's OK and the next IDLE) reach the
        // connection as unilateral updates only; collect them so the consumer sees them too, in order.
        var gap = Channel.CreateUnbounded<MailboxUpdate>(new UnboundedChannelOptions { SingleReader = true });
        void OnUnowned(object? sender, ImapUpdateEventArgs e)
        {
            if (e.Update.Unowned && e.Update.Data is { } data) gap.Writer.TryWrite(MailboxUpdate.From(data));
        }

        Connection.UpdateReceived += OnUnowned;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await DrainAsync(gap.Reader, onUpdate).ConfigureAwait(false);
                await IdleOnceAsync(onUpdate, gap.Reader, stop).ConfigureAwait(false);
            }
        }
        finally
        {
            Connection.UpdateReceived -= OnUnowned;
        }
    }

    private static async ValueTask DrainAsync(ChannelReader<MailboxUpdate> gap, Func<MailboxUpdate, ValueTask> onUpdate)
    {
        while (gap.TryRead(out MailboxUpdate? update)) await onUpdate(update).ConfigureAwait(false);
    }

    /// <summary>
    /// One IDLE command: ended (DONE) when stopped, at the renewal interval, or when the server has sent nothing at all
    /// for <see cref="ImapClientOptions.IdleKeepAliveInterval"/>; then the tagged OK must come within
    /// <see cref="ImapClientOptions.IdleDoneTimeout"/>.
    /// </summary>
    private async Task IdleOnceAsync(Func<MailboxUpdate, ValueTask> onUpdate, ChannelReader<MailboxUpdate> gap, CancellationToken stop)
    {
        using var renew = CancellationTokenSource.CreateLinkedTokenSource(stop);
        renew.CancelAfter(_options.IdleRenewalInterval);

        // Before DONE, anything in the gap arrived before this IDLE began, so it goes first; after DONE it arrived
        // after this IDLE's answer, so it waits for the next round.
        async ValueTask DeliverAsync(UntaggedResponse response)
        {
            if (!renew.IsCancellationRequested) await DrainAsync(gap, onUpdate).ConfigureAwait(false);
            await onUpdate(MailboxUpdate.From(response)).ConfigureAwait(false);
        }

        Task<ImapCommandResult> idle = Connection.IdleAsync(DeliverAsync, renew.Token);
        try
        {
            await WatchSilenceAsync(idle, renew).ConfigureAwait(false);
            if (!idle.IsCompleted) await WaitForDoneAsync(idle).ConfigureAwait(false);
            await idle.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (renew.IsCancellationRequested)
        {
            // Stopped (or renewed) before IDLE could start, e.g. while another command held the connection.
        }
        finally
        {
            // Releases the delay when IDLE ended by itself.
            await renew.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Waits until IDLE ends or <paramref name="renew"/> fires; fires it when the server has gone silent.</summary>
    private async Task WatchSilenceAsync(Task idle, CancellationTokenSource renew)
    {
        TimeSpan keepAlive = _options.IdleKeepAliveInterval;
        if (keepAlive == Timeout.InfiniteTimeSpan)
        {
            await Task.WhenAny(idle, Task.Delay(Timeout.Infinite, renew.Token)).ConfigureAwait(false);
            return;
        }
        while (!idle.IsCompleted && !renew.IsCancellationRequested)
        {
            TimeSpan left = keepAlive - Connection.TimeSinceLastReceived;
            if (left <= TimeSpan.Zero)
            {
                await renew.CancelAsync().ConfigureAwait(false);
                return;
            }
            await Task.WhenAny(idle, Task.Delay(left, renew.Token)).ConfigureAwait(false);
        }
    }

    /// <summary>After DONE the server must answer promptly; silence means the connection is dead.</summary>
    private async Task WaitForDoneAsync(Task<ImapCommandResult> idle)
    {
        try
        {
            await idle.WaitAsync(_options.IdleDoneTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            await Connection.DisposeAsync().ConfigureAwait(false);
            throw new ImapConnectionException(
                $"The server did not answer DONE within {_options.IdleDoneTimeout} (IdleDoneTimeout): the connection is dead and was closed.", e);
        }
    }
}
