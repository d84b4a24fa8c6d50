using Imap4.Protocol.Primitives;

namespace Imap4.Storage;

/// <summary>
/// An account: a hierarchy of mailboxes (delimiter <see cref="MailboxPath.Delimiter"/>), subscriptions and a quota.
/// INBOX always exists. Names are normalized with <see cref="MailboxPath.Normalize"/>.
/// </summary>
public interface IMailAccount
{
    /// <summary>The user name.</summary>
    string User { get; }

    /// <summary>Every name in the account (selectable mailboxes and \Noselect superiors), in ordinal order of name.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    IAsyncEnumerable<MailboxListEntry> ListMailboxesAsync(CancellationToken cancellationToken = default);

    /// <summary>Opens a mailbox. The handle follows the mailbox through renames.</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.NonExistent"/> when there is no selectable
    /// mailbox of that name (\Noselect names included).</exception>
    ValueTask<IMailbox> OpenMailboxAsync(MailboxName name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a mailbox and any missing superiors (which become ordinary mailboxes). A \Noselect name becomes a
    /// selectable mailbox. A new mailbox always gets a UIDVALIDITY greater than any the account used before.
    /// </summary>
    /// <param name="name">The name; one trailing delimiter is ignored.</param>
    /// <param name="specialUse">Special uses (CREATE-SPECIAL-USE, RFC 6154).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.AlreadyExists"/> (INBOX included),
    /// <see cref="MailStoreError.Cannot"/> for an invalid name.</exception>
    ValueTask<IMailbox> CreateMailboxAsync(MailboxName name, SpecialUse specialUse = SpecialUse.None, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a mailbox (RFC 9051 6.3.4): its messages are removed; when it has inferiors the name stays as
    /// \Noselect. A \Noselect name without inferiors is removed.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.NonExistent"/>; <see cref="MailStoreError.Cannot"/>
    /// for INBOX; <see cref="MailStoreError.HasChildren"/> for a \Noselect name with inferiors.</exception>
    ValueTask DeleteMailboxAsync(MailboxName name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Renames a mailbox and its inferiors (RFC 9051 6.3.6), creating missing superiors of the new name. Renaming INBOX
    /// moves its messages to a new mailbox and leaves INBOX empty, its inferiors unaffected. Subscriptions are not changed.
    /// </summary>
    /// <param name="oldName">The existing name.</param>
    /// <param name="newName">The new name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.NonExistent"/>, <see cref="MailStoreError.AlreadyExists"/>,
    /// <see cref="MailStoreError.Cannot"/> (into its own inferior, invalid name).</exception>
    ValueTask RenameMailboxAsync(MailboxName oldName, MailboxName newName, CancellationToken cancellationToken = default);

    /// <summary>Sets the special uses of a mailbox (e.g. through METADATA /private/specialuse).</summary>
    /// <param name="name">The name.</param>
    /// <param name="specialUse">The new special uses.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.NonExistent"/>.</exception>
    ValueTask SetSpecialUseAsync(MailboxName name, SpecialUse specialUse, CancellationToken cancellationToken = default);

    /// <summary>Adds a name to the subscriptions; the mailbox need not exist. Subscribing twice is no error.</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask SubscribeAsync(MailboxName name, CancellationToken cancellationToken = default);

    /// <summary>Removes a name from the subscriptions; removing an absent name is no error.</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask UnsubscribeAsync(MailboxName name, CancellationToken cancellationToken = default);

    /// <summary>The subscribed names, existing or not, in ordinal order.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    IAsyncEnumerable<MailboxName> ListSubscriptionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The account's quota usage and limits (one quota root for the whole account).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask<QuotaUsage> GetQuotaAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the account's quota limits. Existing messages stay even when over the new limits.</summary>
    /// <param name="limits">The limits.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask SetQuotaAsync(QuotaLimits limits, CancellationToken cancellationToken = default);
}
