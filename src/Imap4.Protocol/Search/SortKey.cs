namespace Imap4.Protocol.Search;

/// <summary>sort-key of SORT (RFC 5256, RFC 5957).</summary>
public enum SortKey
{
    /// <summary><c>ARRIVAL</c>: internal date and time.</summary>
    Arrival,

    /// <summary><c>CC</c>: the first Cc address's mailbox.</summary>
    Cc,

    /// <summary><c>DATE</c>: the Date header (internal date when absent).</summary>
    Date,

    /// <summary><c>FROM</c>: the first From address's mailbox.</summary>
    From,

    /// <summary><c>SIZE</c>: RFC822.SIZE.</summary>
    Size,

    /// <summary><c>SUBJECT</c>: the base subject.</summary>
    Subject,

    /// <summary><c>TO</c>: the first To address's mailbox.</summary>
    To,

    /// <summary><c>DISPLAYFROM</c>: the display name of the first From address (RFC 5957).</summary>
    DisplayFrom,

    /// <summary><c>DISPLAYTO</c>: the display name of the first To address (RFC 5957).</summary>
    DisplayTo,
}
