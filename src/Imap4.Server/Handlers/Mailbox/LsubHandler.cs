using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>LSUB (RFC 3501 section 6.3.9; deprecated in IMAP4rev2): the subscribed names that match the pattern.</summary>
public sealed class LsubHandler : CommandHandler<LsubCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(LsubCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        IMailAccount account = context.Account();
        var pattern = new ListPattern(command.Reference.Name, command.Pattern);
        var existing = new Dictionary<string, MailboxListEntry>(StringComparer.Ordinal);
        await foreach (MailboxListEntry e in account.ListMailboxesAsync(cancellationToken).ConfigureAwait(false)) existing[e.Name.Name] = e;
        await foreach (MailboxName name in account.ListSubscriptionsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!pattern.Matches(name.Name)) continue;
            MailboxAttribute[] attributes = existing.TryGetValue(name.Name, out MailboxListEntry? e) && e.IsSelectable ? [] : [MailboxAttribute.NoSelect];
            await context.WriteAsync(new ListResponse(attributes, MailboxPath.Delimiter, name) { Kind = ListKind.Lsub }, cancellationToken).ConfigureAwait(false);
        }
        return CommandResult.Ok("LSUB completed.");
    }
}
