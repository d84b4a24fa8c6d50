namespace Imap4.Storage;

/// <summary>Attributes of a name in an account's mailbox list (the LIST attributes a store knows).</summary>
[Flags]
public enum MailboxListAttributes
{
    /// <summary>No attribute.</summary>
    None = 0,

    /// <summary><c>\Noselect</c>: the name exists only as a superior of other names (left by DELETE).</summary>
    NoSelect = 1,

    /// <summary><c>\HasChildren</c>: the name has inferior names.</summary>
    HasChildren = 2,

    /// <summary><c>\HasNoChildren</c>: the name has no inferior names.</summary>
    HasNoChildren = 4,

    /// <summary><c>\Subscribed</c>: the name is in the subscription list.</summary>
    Subscribed = 8,
}
