using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>
/// STATUS (RFC 9051 section 6.3.11): MESSAGES, UIDNEXT, UIDVALIDITY, UNSEEN, DELETED, SIZE (STATUS=SIZE, RFC 8438),
/// RECENT (always 0), HIGHESTMODSEQ (CONDSTORE), APPENDLIMIT (RFC 7889) and MAILBOXID (RFC 8474).
/// </summary>
public sealed class StatusHandler : CommandHandler<StatusCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.StatusSize];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(StatusCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        IMailbox mailbox = await context.Account().OpenMailboxAsync(command.Mailbox, cancellationToken).ConfigureAwait(false);
        context.Write(await BuildAsync(context, command.Mailbox, command.Items, mailbox, cancellationToken).ConfigureAwait(false));
        return CommandResult.Ok("STATUS completed.");
    }

    /// <summary>The STATUS response of a mailbox for this session (also used by LIST-STATUS): RECENT as the session sees it.</summary>
    internal static async ValueTask<MailboxStatusResponse> BuildAsync(CommandContext context, MailboxName name, IReadOnlyList<StatusItem> items,
        IMailbox mailbox, CancellationToken cancellationToken)
    {
        MailboxStatus status = await mailbox.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        MailboxStatusResponse response = Build(name, items, status, context.Options.AppendLimit);
        if (items.Contains(StatusItem.Recent) && context.Session.UsesRecent && context.Session.User is { } user)
            response = response with { Recent = await CountRecentAsync(context, mailbox, user.Name, cancellationToken).ConfigureAwait(false) };
        return response;
    }

    // IMAP4rev1 STATUS RECENT: the messages no session has been told about yet (those another session already claimed
    // are \Recent only there).
    private static async ValueTask<uint> CountRecentAsync(CommandContext context, IMailbox mailbox, string user, CancellationToken cancellationToken)
    {
        uint mark = context.Session.Recent.Claimed(RecentTracker.Key(user, mailbox.MailboxId));
        if (mark == uint.MaxValue) return 0;
        uint count = 0;
        await foreach (MessageInfo _ in mailbox.GetMessagesAsync(new UidSet(mark + 1, uint.MaxValue), cancellationToken).ConfigureAwait(false)) count++;
        return count;
    }

    /// <summary>The STATUS response with the requested items (also used by LIST-STATUS).</summary>
    /// <param name="name">The mailbox name as the client gave it.</param>
    /// <param name="items">The items.</param>
    /// <param name="status">The counters.</param>
    /// <param name="appendLimit">The server's APPENDLIMIT.</param>
    /// <returns>The response.</returns>
    public static MailboxStatusResponse Build(MailboxName name, IReadOnlyList<StatusItem> items, MailboxStatus status, long appendLimit)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(status);
        var response = new MailboxStatusResponse(name);
        foreach (StatusItem item in items)
        {
            response = item switch
            {
                StatusItem.Messages => response with { Messages = (uint)status.Messages },
                StatusItem.UidNext => response with { UidNext = status.UidNext },
                StatusItem.UidValidity => response with { UidValidity = status.UidValidity },
                StatusItem.Unseen => response with { Unseen = (uint)status.Unseen },
                StatusItem.Deleted => response with { Deleted = (uint)status.Deleted },
                StatusItem.Size => response with { Size = (ulong)status.Size },
                StatusItem.Recent => response with { Recent = 0 },
                StatusItem.HighestModSeq => response with { HighestModSeq = status.HighestModSeq },
                StatusItem.AppendLimit => response with { AppendLimit = new StatusAppendLimit((ulong)appendLimit) },
                StatusItem.MailboxId => response with { MailboxId = status.MailboxId },
                _ => response,
            };
        }
        return response;
    }
}
