using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Storage;

namespace Imap4.Server.Mail;

/// <summary>What mailbox handlers take from the session: the user's account and the selected mailbox's view.</summary>
public static class MailContext
{
    /// <summary>The account the backend opened at authentication.</summary>
    /// <param name="context">The command context.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ImapCommandException">No mail backend is configured (answered NO [UNAVAILABLE]).</exception>
    public static IMailAccount Account(this CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Session.Features.Get<IMailAccount>()
            ?? throw new ImapCommandException(ResponseCode.Unavailable, "No mail storage is available.");
    }

    /// <summary>The selected mailbox's view.</summary>
    /// <param name="context">The command context.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ImapCommandException">No mailbox is selected (answered BAD).</exception>
    public static SelectedMailbox Selected(this CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Session.Features.Get<SelectedMailbox>()
            ?? throw new ImapCommandException(StatusKind.Bad, ResponseCode.ClientBug, "No mailbox is selected.");
    }

    /// <summary>The selected mailbox's view when it may be written to.</summary>
    /// <param name="context">The command context.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ImapCommandException">The mailbox was opened with EXAMINE (answered NO [READ-ONLY]).</exception>
    public static SelectedMailbox SelectedWritable(this CommandContext context)
    {
        SelectedMailbox view = context.Selected();
        if (view.ReadOnly) throw new ImapCommandException(ResponseCode.ReadOnly, "The mailbox is read-only (EXAMINE).");
        return view;
    }

    /// <summary>The refusal a store error is answered with.</summary>
    /// <param name="e">The store error.</param>
    /// <returns>The exception to throw.</returns>
    public static ImapCommandException ToCommandException(this MailStoreException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new ImapCommandException(e.Error.ToResponseCode(), e.Message);
    }
}
