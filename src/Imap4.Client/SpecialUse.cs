namespace Imap4.Client;

/// <summary>The special use of a folder (RFC 6154), as marked by the server or guessed from common names.</summary>
public enum SpecialUse
{
    /// <summary>An ordinary folder.</summary>
    None,

    /// <summary><c>\All</c>: every message (a virtual folder).</summary>
    All,

    /// <summary><c>\Archive</c>: archived messages.</summary>
    Archive,

    /// <summary><c>\Drafts</c>: drafts.</summary>
    Drafts,

    /// <summary><c>\Flagged</c>: flagged messages (a virtual folder).</summary>
    Flagged,

    /// <summary><c>\Junk</c>: spam.</summary>
    Junk,

    /// <summary><c>\Sent</c>: sent messages.</summary>
    Sent,

    /// <summary><c>\Trash</c>: deleted messages.</summary>
    Trash,
}
