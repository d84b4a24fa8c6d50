using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>
/// LIST (RFC 9051 section 6.3.9) with LIST-EXTENDED (RFC 5258: SUBSCRIBED, RECURSIVEMATCH, SPECIAL-USE selection;
/// SUBSCRIBED, CHILDREN, SPECIAL-USE return options; several patterns), LIST-STATUS (RFC 5819), SPECIAL-USE (RFC 6154)
/// and CHILDREN (RFC 3348; children attributes are always returned).
/// </summary>
public sealed class ListHandler : CommandHandler<ListCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } =
        [Capability.ListExtended, Capability.ListStatus, Capability.SpecialUse, Capability.Children];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(ListCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (command.Patterns is [""] && !command.IsExtended)
        {
            // The hierarchy delimiter and root (RFC 9051 6.3.9).
            context.Write(new ListResponse([MailboxAttribute.NoSelect], MailboxPath.Delimiter, new MailboxName("")));
            return CommandResult.Ok("LIST completed.");
        }
        IMailAccount account = context.Account();
        var patterns = new List<ListPattern>();
        foreach (string p in command.Patterns) patterns.Add(new ListPattern(command.Reference.Name, p));
        var entries = new SortedDictionary<string, MailboxListEntry>(StringComparer.Ordinal);
        await foreach (MailboxListEntry e in account.ListMailboxesAsync(cancellationToken).ConfigureAwait(false)) entries[e.Name.Name] = e;
        var subscribed = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (MailboxName n in account.ListSubscriptionsAsync(cancellationToken).ConfigureAwait(false)) subscribed.Add(n.Name);
        var rows = new ListRows(command, patterns, entries, subscribed);
        foreach ((ListResponse row, MailboxListEntry? entry) in rows.Build())
        {
            await context.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            if (command.ReturnStatus is { } items && entry is { IsSelectable: true })
            {
                IMailbox box = await account.OpenMailboxAsync(entry.Name, cancellationToken).ConfigureAwait(false);
                context.Write(await StatusHandler.BuildAsync(context, entry.Name, items, box, cancellationToken).ConfigureAwait(false));
            }
        }
        return CommandResult.Ok("LIST completed.");
    }
}
