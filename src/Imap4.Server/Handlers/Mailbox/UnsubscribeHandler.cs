using Imap4.Protocol.Commands;
using Imap4.Server.Commands;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>UNSUBSCRIBE (RFC 9051 section 6.3.8).</summary>
public sealed class UnsubscribeHandler : CommandHandler<UnsubscribeCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(UnsubscribeCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        await context.Account().UnsubscribeAsync(command.Mailbox, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok("UNSUBSCRIBE completed.");
    }
}
