using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Server.Commands;

namespace Imap4.Server.Handlers;

/// <summary>
/// UNAUTHENTICATE (RFC 8437): back to the not-authenticated state as on a fresh connection (enabled extensions
/// reset), keeping TLS and compression.
/// </summary>
public sealed class UnauthenticateHandler : CommandHandler<UnauthenticateCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Breaks;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.Unauthenticate];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(UnauthenticateCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Session.UnauthenticateAsync(cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok("UNAUTHENTICATE completed.");
    }
}
