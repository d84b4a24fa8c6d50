using Imap4.Protocol.Commands;
using Imap4.Server.Commands;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>RENAME (RFC 9051 section 6.3.6): inferiors move along; renaming INBOX moves its messages.</summary>
public sealed class RenameHandler : CommandHandler<RenameCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(RenameCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        await context.Account().RenameMailboxAsync(command.From, command.To, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok("RENAME completed.");
    }
}
