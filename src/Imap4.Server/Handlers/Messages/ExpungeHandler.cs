using Imap4.Protocol.Commands;
using Imap4.Server.Commands;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers.Messages;

/// <summary>EXPUNGE (RFC 9051 section 6.4.3): removes the \Deleted messages and reports them.</summary>
public sealed class ExpungeHandler : CommandHandler<ExpungeCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Breaks;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(ExpungeCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        SelectedMailbox view = context.SelectedWritable();
        IReadOnlyList<uint> expunged = await view.Mailbox.ExpungeAsync(null, cancellationToken).ConfigureAwait(false);
        await view.ExpungedAsync(context, expunged, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok("EXPUNGE completed.");
    }
}
