using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Hosting;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers;

/// <summary>
/// IDLE (RFC 9051 section 6.3.13, RFC 2177): a continuation request, then wait for <c>DONE</c> under the autologout
/// timer. With a mailbox selected, its changes are reported as they happen (the store's change hints wake the
/// session). Anything but DONE ends IDLE with BAD.
/// </summary>
public sealed class IdleHandler : CommandHandler<IdleCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.Idle];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(IdleCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.SendContinuationAsync("idling", cancellationToken).ConfigureAwait(false);
        Task<byte[]?> read = context.ReadLineAsync(cancellationToken).AsTask();
        if (context.Session.Features.Get<SelectedMailbox>() is { } view)
        {
            try
            {
                await ReportWhileIdleAsync(context, view, read, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not (OperationCanceledException or IOException or ObjectDisposedException))
            {
                // A store failure must not leave the line read running behind the next command: log, wait for DONE.
                context.Logger.HandlerFailed("IDLE", e);
            }
        }
        byte[] line = await read.ConfigureAwait(false) ?? throw new IOException("The client closed the connection.");
        return IdleCommand.IsDone(line)
            ? CommandResult.Ok("IDLE terminated.")
            : CommandResult.Bad(ResponseCode.ClientBug, "Expected DONE to end IDLE.");
    }

    // Until the client's line arrives: each change hint makes the view report what changed, at once.
    private static async Task ReportWhileIdleAsync(CommandContext context, SelectedMailbox view, Task<byte[]?> read, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        IAsyncEnumerator<ulong> hints = view.Mailbox.WatchAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        Task<bool> next = hints.MoveNextAsync().AsTask();
        try
        {
            while (await Task.WhenAny(read, next).ConfigureAwait(false) == next)
            {
                if (!await next.ConfigureAwait(false)) return; // the mailbox is gone: just wait for DONE
                await view.WritePendingAsync(context, SequenceNumberUse.None, cancellationToken).ConfigureAwait(false);
                await context.FlushAsync(cancellationToken).ConfigureAwait(false);
                next = hints.MoveNextAsync().AsTask();
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await next.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            await hints.DisposeAsync().ConfigureAwait(false);
        }
    }
}
