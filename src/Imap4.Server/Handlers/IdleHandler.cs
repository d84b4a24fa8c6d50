using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;

namespace Imap4.Server.Handlers;

/// <summary>
/// IDLE (RFC 9051 section 6.3.13, RFC 2177): a continuation request, then wait for <c>DONE</c> under the autologout
/// timer. Anything but DONE ends IDLE with BAD.
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
        byte[] line = await context.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? throw new IOException("The client closed the connection.");
        return IdleCommand.IsDone(line)
            ? CommandResult.Ok("IDLE terminated.")
            : CommandResult.Bad(ResponseCode.ClientBug, "Expected DONE to end IDLE.");
    }
}
