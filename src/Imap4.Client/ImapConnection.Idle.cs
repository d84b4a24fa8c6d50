using System.Runtime.ExceptionServices;
using Imap4.Client.Internal;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    /// <summary>
    /// IDLE (RFC 2177): sends IDLE, waits for the server's "+", passes every untagged response to
    /// <paramref name="onUpdate"/> until <paramref name="stop"/> fires, then sends DONE, passes on what arrives before
    /// the tagged OK too, and completes with that OK. Unilateral updates are also raised as <see cref="UpdateReceived"/>. The read timeout does not apply while
    /// idling; restart IDLE every 29 minutes at most (servers may log out idle clients after 30).
    /// </summary>
    /// <param name="onUpdate">Called for each untagged response, in order, on the idling task; must not issue commands
    /// on this connection (that throws <see cref="InvalidOperationException"/>). If it throws, IDLE is ended and the
    /// exception rethrown.</param>
    /// <param name="stop">Ends IDLE (the normal way out, not an error).</param>
    /// <returns>The tagged OK and every untagged response received during IDLE.</returns>
    /// <exception cref="ImapCommandException">The server refused IDLE.</exception>
    /// <exception cref="ImapConnectionException">The connection failed or the server ended it.</exception>
    public async Task<ImapCommandResult> IdleAsync(Func<UntaggedResponse, ValueTask>? onUpdate, CancellationToken stop)
    {
        PrepareCall();
        await _commandLock.WaitAsync(stop).ConfigureAwait(false);
        PendingCommand? pending = null;
        try
        {
            ThrowIfClosed();
            pending = await SendAsync(Request.Of(IdleCommand.Instance), CommandFlags.Idle, CancellationToken.None).ConfigureAwait(false);
            // DONE may only follow the "+": wait for it even if stop already fired (ReadTimeout guards a silent server).
            if (await pending.WaitForContinuationAsync(CancellationToken.None).ConfigureAwait(false) is null)
                return Finish(pending, await pending.Completion.ConfigureAwait(false));
            pending.Idling = true;
            ExceptionDispatchInfo? handlerError = await DeliverAsync(pending, onUpdate, stop).ConfigureAwait(false);
            if (!pending.IsCompleted) await SendDoneAsync(pending).ConfigureAwait(false);
            ImapCommandResult result = await pending.Completion.ConfigureAwait(false);
            handlerError ??= await DeliverRestAsync(pending, onUpdate).ConfigureAwait(false);
            handlerError?.Throw();
            return Finish(pending, result);
        }
        finally
        {
            ReleaseWhenDone(pending is null ? [] : [pending]);
        }
    }

    private static ImapCommandResult Finish(PendingCommand pending, ImapCommandResult result) =>
        result.IsOk ? result : throw new ImapCommandException(pending.Name, result);

    /// <summary>Delivers updates until stopped, the command ends by itself, or the callback throws.</summary>
    private async Task<ExceptionDispatchInfo?> DeliverAsync(PendingCommand pending, Func<UntaggedResponse, ValueTask>? onUpdate, CancellationToken stop)
    {
        var updates = pending.IdleUpdates!.Reader;
        try
        {
            while (await updates.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                while (!stop.IsCancellationRequested && updates.TryRead(out UntaggedResponse? update))
                {
                    if (onUpdate is null) continue;
                    using (HandlerScope.Enter(this)) await onUpdate(update).ConfigureAwait(false);
                }
                if (stop.IsCancellationRequested) break;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The normal way to end IDLE.
        }
#pragma warning disable CA1031 // The callback's exception is rethrown after IDLE has been ended cleanly.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ExceptionDispatchInfo.Capture(e);
        }
        return null;
    }

    /// <summary>Delivers what came after DONE, before the tagged OK: those updates are as real as the others.</summary>
    private async Task<ExceptionDispatchInfo?> DeliverRestAsync(PendingCommand pending, Func<UntaggedResponse, ValueTask>? onUpdate)
    {
        if (onUpdate is null) return null;
        try
        {
            while (pending.IdleUpdates!.Reader.TryRead(out UntaggedResponse? update))
            {
                using (HandlerScope.Enter(this)) await onUpdate(update).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Rethrown by the caller, as in DeliverAsync.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ExceptionDispatchInfo.Capture(e);
        }
        return null;
    }

    private async Task SendDoneAsync(PendingCommand pending)
    {
        Touch(); // the read timeout counts from DONE, not from the last update before it
        pending.Idling = false;
        _trace.Sent(IdleCommand.DoneLine);
        try
        {
            await WriteAsync(IdleCommand.DoneLine.ToArray(), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ImapException)
        {
            throw AbortMidCommand(pending, e);
        }
    }
}
