using Imap4.Protocol.Commands;
using Imap4.Server.Commands;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>DELETE (RFC 9051 section 6.3.5).</summary>
public sealed class DeleteHandler : CommandHandler<DeleteCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(DeleteCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        await context.Account().DeleteMailboxAsync(command.Mailbox, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok("DELETE completed.");
    }
}
