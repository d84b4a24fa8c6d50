using Imap4.Protocol.Commands;
using Imap4.Server.Commands;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>SUBSCRIBE (RFC 9051 section 6.3.7).</summary>
public sealed class SubscribeHandler : CommandHandler<SubscribeCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(SubscribeCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        await context.Account().SubscribeAsync(command.Mailbox, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok("SUBSCRIBE completed.");
    }
}
