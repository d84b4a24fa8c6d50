namespace Imap4.Protocol.Search;

/// <summary>The search keys that take a number.</summary>
public enum NumberSearchField
{
    /// <summary><c>LARGER</c>: RFC822.SIZE larger than the number (number64).</summary>
    Larger,

    /// <summary><c>SMALLER</c>: RFC822.SIZE smaller than the number (number64).</summary>
    Smaller,

    /// <summary><c>OLDER</c>: internal date more than this many seconds ago (RFC 5032, nz-number).</summary>
    Older,

    /// <summary><c>YOUNGER</c>: internal date at most this many seconds ago (RFC 5032, nz-number).</summary>
    Younger,

    /// <summary><c>X-GM-MSGID</c>: the Gmail message id.</summary>
    GmailMessageId,

    /// <summary><c>X-GM-THRID</c>: the Gmail thread id.</summary>
    GmailThreadId,
}
