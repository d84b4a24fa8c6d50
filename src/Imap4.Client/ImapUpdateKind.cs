namespace Imap4.Client;

/// <summary>What kind of unilateral update an <see cref="ImapUpdate"/> carries.</summary>
public enum ImapUpdateKind
{
    /// <summary><c>* n EXISTS</c>: the mailbox now has n messages.</summary>
    Exists,

    /// <summary><c>* n EXPUNGE</c>: a message was removed.</summary>
    Expunge,

    /// <summary><c>* VANISHED uids</c> (QRESYNC): messages were removed.</summary>
    Vanished,

    /// <summary><c>* n FETCH (...)</c> not asked for: usually a flag change.</summary>
    Fetch,

    /// <summary><c>* n RECENT</c>.</summary>
    Recent,

    /// <summary><c>* FLAGS (...)</c>: the mailbox's defined flags changed.</summary>
    Flags,

    /// <summary><c>* STATUS</c> not asked for (NOTIFY).</summary>
    Status,

    /// <summary>An untagged OK, NO or BAD (possibly with a code), other than an alert.</summary>
    StatusResponse,

    /// <summary>An untagged OK/NO/BAD with <c>[ALERT]</c>: the text must be shown to the user (RFC 9051 7.1).</summary>
    Alert,

    /// <summary><c>* BYE</c>: the server is closing the connection.</summary>
    Bye,

    /// <summary>Any other untagged data that no command asked for.</summary>
    Other,
}
