using Imap4.Protocol.Commands;
using Imap4.Server.Commands;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>CLOSE (RFC 9051 section 6.4.1): silently expunges \Deleted messages (unless read-only), then leaves the selected state.</summary>
public sealed class CloseHandler : CommandHandler<CloseCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Breaks;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(CloseCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        SelectedMailbox view = context.Selected();
        context.Session.LeaveSelectedState();
        if (!view.ReadOnly) await view.Mailbox.ExpungeAsync(null, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok("CLOSE completed.");
    }
}
