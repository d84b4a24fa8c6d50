using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Imap4.Protocol.Primitives;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>
    /// IDLE (RFC 2177) as a stream of mailbox updates (EXISTS, EXPUNGE, FETCH, VANISHED...) until
    /// <paramref name="cancellationToken"/> fires or the consumer stops enumerating; then DONE is sent and the
    /// enumeration ends normally. IDLE is renewed every <see cref="ImapClientOptions.IdleRenewalInterval"/>; a server
    /// that does not answer DONE within <see cref="ImapClientOptions.IdleDoneTimeout"/> is declared dead.
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
    }

    private async Task IdleLoopAsync(Func<MailboxUpdate, ValueTask> onUpdate, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            using var renew = CancellationTokenSource.CreateLinkedTokenSource(stop);
            renew.CancelAfter(_options.IdleRenewalInterval);
            Task<ImapCommandResult> idle = Connection.IdleAsync(r => onUpdate(MailboxUpdate.From(r)), renew.Token);
            try
            {
                await Task.WhenAny(idle, Task.Delay(Timeout.Infinite, renew.Token)).ConfigureAwait(false);
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
