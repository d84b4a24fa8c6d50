namespace Imap4.Protocol.Search;

/// <summary>The search keys that take a date.</summary>
public enum DateSearchField
{
    /// <summary><c>BEFORE</c>: internal date earlier than the date.</summary>
    Before,

    /// <summary><c>ON</c>: internal date within the date.</summary>
    On,

    /// <summary><c>SINCE</c>: internal date within or later than the date.</summary>
    Since,

    /// <summary><c>SENTBEFORE</c>: Date header earlier than the date.</summary>
    SentBefore,

    /// <summary><c>SENTON</c>: Date header within the date.</summary>
    SentOn,

    /// <summary><c>SENTSINCE</c>: Date header within or later than the date.</summary>
    SentSince,

    /// <summary><c>SAVEDBEFORE</c>: save date earlier than the date (RFC 8514).</summary>
    SavedBefore,

    /// <summary><c>SAVEDON</c>: save date within the date (RFC 8514).</summary>
    SavedOn,

    /// <summary><c>SAVEDSINCE</c>: save date within or later than the date (RFC 8514).</summary>
    SavedSince,
}
