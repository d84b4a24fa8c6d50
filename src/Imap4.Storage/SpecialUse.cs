namespace Imap4.Storage;

/// <summary>Special-use attributes of a mailbox (RFC 6154, RFC 8457). A mailbox may have several.</summary>
[Flags]
public enum SpecialUse
{
    /// <summary>No special use.</summary>
    None = 0,

    /// <summary><c>\All</c>: every message.</summary>
    All = 1,

    /// <summary><c>\Archive</c>: archived messages.</summary>
    Archive = 2,

    /// <summary><c>\Drafts</c>: drafts.</summary>
    Drafts = 4,

    /// <summary><c>\Flagged</c>: flagged messages.</summary>
    Flagged = 8,

    /// <summary><c>\Junk</c>: spam.</summary>
    Junk = 16,

    /// <summary><c>\Sent</c>: sent messages.</summary>
    Sent = 32,

    /// <summary><c>\Trash</c>: deleted messages.</summary>
    Trash = 64,

    /// <summary><c>\Important</c>: important messages (RFC 8457).</summary>
    Important = 128,
}
