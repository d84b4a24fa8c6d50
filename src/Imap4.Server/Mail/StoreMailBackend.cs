using Imap4.Protocol.Primitives;
using Imap4.Server.Authentication;
using Imap4.Server.Commands;
using Imap4.Server.Session;
using Imap4.Storage;

namespace Imap4.Server.Mail;

/// <summary>
/// An <see cref="IMailBackend"/> over an <see cref="IMailStore"/>: at authentication the user's
/// <see cref="IMailAccount"/> is opened into <see cref="ImapSession.Features"/>, where the mailbox handlers find it.
/// </summary>
/// <param name="store">The store.</param>
public sealed class StoreMailBackend(IMailStore store) : IMailBackend
{
    /// <summary>The store.</summary>
    public IMailStore Store { get; } = store ?? throw new ArgumentNullException(nameof(store));

    /// <inheritdoc/>
    public async ValueTask OpenSessionAsync(ImapSession session, ImapUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            IMailAccount account = await Store.OpenAccountAsync(user.Name, cancellationToken).ConfigureAwait(false);
            // Configured limits win over what the store holds (SETQUOTA changes last until the next login).
            QuotaLimits? limits = session.Options.UserQuotas.TryGetValue(user.Name, out QuotaLimits? own) ? own : session.Options.DefaultQuota;
            if (limits is not null) await account.SetQuotaAsync(limits, cancellationToken).ConfigureAwait(false);
            session.Features.Set(account);
        }
        catch (MailStoreException e)
        {
            throw new ImapCommandException(e.Error.ToResponseCode(), e.Message);
        }
    }

    /// <inheritdoc/>
    public ValueTask CloseSessionAsync(ImapSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Features.Set<SelectedMailbox>(null);
        session.Features.Set<IMailAccount>(null);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public async ValueTask DeliverAsync(string userName, string mailbox, ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        IMailbox box = await OpenMailboxAsync(userName, mailbox, cancellationToken).ConfigureAwait(false);
        using MemoryStream content = ContentStream.Of(message);
        await box.AppendAsync(content, null, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a user's mailbox (for delivery and tests).</summary>
    /// <param name="userName">The user.</param>
    /// <param name="mailbox">The mailbox name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The mailbox.</returns>
    public async ValueTask<IMailbox> OpenMailboxAsync(string userName, string mailbox, CancellationToken cancellationToken)
    {
        IMailAccount account = await Store.OpenAccountAsync(userName, cancellationToken).ConfigureAwait(false);
        return await account.OpenMailboxAsync(new MailboxName(mailbox), cancellationToken).ConfigureAwait(false);
    }
}
