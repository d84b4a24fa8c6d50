using Imap4.Protocol.Primitives;

namespace Imap4.Storage;

/// <summary>One name in an account's mailbox list.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Attributes">Selectability, children and subscription.</param>
/// <param name="SpecialUse">The special uses (none for a \Noselect name).</param>
/// <param name="MailboxId">The MAILBOXID objectid (RFC 8474), or null for a \Noselect name.</param>
public sealed record MailboxListEntry(MailboxName Name, MailboxListAttributes Attributes, SpecialUse SpecialUse, string? MailboxId)
{
    /// <summary>True when the name can be selected.</summary>
    public bool IsSelectable => (Attributes & MailboxListAttributes.NoSelect) == 0;
}
