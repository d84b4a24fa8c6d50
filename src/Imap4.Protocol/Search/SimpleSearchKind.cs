namespace Imap4.Protocol.Search;

/// <summary>The search keys that take no argument.</summary>
public enum SimpleSearchKind
{
    /// <summary><c>ALL</c>: every message.</summary>
    All,

    /// <summary><c>ANSWERED</c>: \Answered is set.</summary>
    Answered,

    /// <summary><c>DELETED</c>: \Deleted is set.</summary>
    Deleted,

    /// <summary><c>DRAFT</c>: \Draft is set.</summary>
    Draft,

    /// <summary><c>FLAGGED</c>: \Flagged is set.</summary>
    Flagged,

    /// <summary><c>NEW</c>: \Recent set and \Seen not set (RFC 3501 only).</summary>
    New,

    /// <summary><c>OLD</c>: \Recent not set (RFC 3501 only).</summary>
    Old,

    /// <summary><c>RECENT</c>: \Recent is set (RFC 3501 only).</summary>
    Recent,

    /// <summary><c>SEEN</c>: \Seen is set.</summary>
    Seen,

    /// <summary><c>UNANSWERED</c>: \Answered is not set.</summary>
    Unanswered,

    /// <summary><c>UNDELETED</c>: \Deleted is not set.</summary>
    Undeleted,

    /// <summary><c>UNDRAFT</c>: \Draft is not set.</summary>
    Undraft,

    /// <summary><c>UNFLAGGED</c>: \Flagged is not set.</summary>
    Unflagged,

    /// <summary><c>UNSEEN</c>: \Seen is not set.</summary>
    Unseen,

    /// <summary><c>SAVEDATESUPPORTED</c>: the mailbox supports save dates (RFC 8514).</summary>
    SaveDateSupported,
}
