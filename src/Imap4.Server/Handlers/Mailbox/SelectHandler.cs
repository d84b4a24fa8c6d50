using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Server.Session;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>
/// SELECT and EXAMINE (RFC 9051 sections 6.3.2 and 6.3.3), with the CONDSTORE and QRESYNC parameters (RFC 7162).
/// Selecting while a mailbox is selected first closes it (<c>OK [CLOSED]</c>).
/// </summary>
public sealed class SelectHandler : CommandHandler<SelectCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Breaks;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(SelectCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        ImapSession session = context.Session;
        if (command.QResync is not null && !session.EnabledExtensions.Contains(Capability.QResync))
            return CommandResult.Bad(ResponseCode.ClientBug, "QRESYNC must be enabled first.");
        IMailAccount account = context.Account();
        if (session.State == SessionState.Selected)
        {
            session.LeaveSelectedState();
            context.Write(new StatusResponse(null, StatusKind.Ok, ResponseCode.Closed, "Previous mailbox closed."));
        }
        IMailbox mailbox = await account.OpenMailboxAsync(command.Mailbox, cancellationToken).ConfigureAwait(false);
        SelectedMailbox view = await SelectedMailbox.OpenAsync(mailbox, command.ReadOnly, cancellationToken).ConfigureAwait(false);
        if (command.CondStore) session.Enable(Capability.CondStore);
        view.CondStore = command.CondStore || session.EnabledExtensions.Contains(Capability.CondStore) || session.EnabledExtensions.Contains(Capability.QResync);
        view.QResync = session.EnabledExtensions.Contains(Capability.QResync);
        if (session.UsesRecent && session.User is { } user)
        {
            view.RecentKey = RecentTracker.Key(user.Name, mailbox.MailboxId);
            view.TakeRecent(session.Recent, view.Uids);
        }
        MailboxStatus status = await mailbox.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        WriteSelectData(context, view, status);
        if (!session.IsRev1) await WriteListAsync(context, account, command.Mailbox, status.Name, cancellationToken).ConfigureAwait(false);
        session.Features.Set(view);
        session.Features.Set<IMailboxUpdates>(view);
        session.EnterSelectedState();
        if (command.QResync is { } qresync && qresync.UidValidity == mailbox.UidValidity)
            await QResyncReplay.WriteAsync(context, view, qresync, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok($"{command.Name} completed.", command.ReadOnly ? ResponseCode.ReadOnly : ResponseCode.ReadWrite);
    }

    private static void WriteSelectData(CommandContext context, SelectedMailbox view, MailboxStatus status)
    {
        view.Keywords = new KeywordSet(status.Keywords);
        IReadOnlyList<Flag> flags = view.Keywords.Flags;
        context.Write(new FlagsResponse(flags));
        context.Write(new ExistsResponse((uint)view.Count));
        bool rev1 = !context.Session.EnabledExtensions.Contains(Capability.Imap4Rev2);
        if (rev1) context.Write(new RecentResponse((uint)view.RecentUids.Count));
        if (rev1 && view.FirstUnseen != 0) context.Write(Ok(new UnseenCode(view.FirstUnseen), "First unseen."));
        var permanent = view.ReadOnly ? new List<Flag>() : new List<Flag>(flags) { Flag.Wildcard };
        context.Write(Ok(new PermanentFlagsCode(permanent), view.ReadOnly ? "No permanent flags." : "Flags permitted."));
        context.Write(Ok(new UidValidityCode(status.UidValidity), "UIDs valid."));
        context.Write(Ok(new UidNextCode(status.UidNext), "Predicted next UID."));
        if (view.CondStore) context.Write(Ok(new HighestModSeqCode(view.HighestModSeq), "Highest mod-sequence."));
        context.Write(Ok(new MailboxIdCode(status.MailboxId), "Mailbox id."));
    }

    // IMAP4rev2 (RFC 9051 6.3.2): SELECT and EXAMINE return the mailbox's LIST response with accurate attributes.
    private static async ValueTask WriteListAsync(CommandContext context, IMailAccount account, MailboxName asGiven, MailboxName current, CancellationToken cancellationToken)
    {
        await foreach (MailboxListEntry entry in account.ListMailboxesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (entry.Name != current) continue;
            context.Write(new ListResponse(ListRows.EntryAttributes(entry), MailboxPath.Delimiter, asGiven));
            return;
        }
    }

    private static StatusResponse Ok(ResponseCode code, string text) => new(null, StatusKind.Ok, code, text);
}
