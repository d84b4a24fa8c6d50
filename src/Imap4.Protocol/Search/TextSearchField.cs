namespace Imap4.Protocol.Search;

/// <summary>The search keys that take one string.</summary>
public enum TextSearchField
{
    /// <summary><c>BCC</c>: the Bcc header contains the string.</summary>
    Bcc,

    /// <summary><c>BODY</c>: the body contains the string.</summary>
    Body,

    /// <summary><c>CC</c>: the Cc header contains the string.</summary>
    Cc,

    /// <summary><c>FROM</c>: the From header contains the string.</summary>
    From,

    /// <summary><c>SUBJECT</c>: the Subject header contains the string.</summary>
    Subject,

    /// <summary><c>TEXT</c>: the header or body contains the string.</summary>
    Text,

    /// <summary><c>TO</c>: the To header contains the string.</summary>
    To,

    /// <summary><c>X-GM-RAW</c>: a Gmail search expression.</summary>
    GmailRaw,

    /// <summary><c>X-GM-LABELS</c>: the message has the Gmail label.</summary>
    GmailLabels,
}
