namespace Imap4.Protocol.Commands;

/// <summary>
/// A STATUS data item (status-att), as asked for by STATUS and LIST-STATUS and returned in the STATUS response.
/// Wire names: <see cref="StatusItemNames"/>.
/// </summary>
public enum StatusItem
{
    /// <summary><c>MESSAGES</c>: number of messages.</summary>
    Messages,

    /// <summary><c>UIDNEXT</c>: the next UID to be assigned.</summary>
    UidNext,

    /// <summary><c>UIDVALIDITY</c>: the mailbox's UID validity.</summary>
    UidValidity,

    /// <summary><c>UNSEEN</c>: number of messages without \Seen.</summary>
    Unseen,

    /// <summary><c>DELETED</c>: number of messages with \Deleted (IMAP4rev2).</summary>
    Deleted,

    /// <summary><c>SIZE</c>: total size of the mailbox in octets (IMAP4rev2, RFC 8438).</summary>
    Size,

    /// <summary><c>RECENT</c>: number of \Recent messages (IMAP4rev1 only).</summary>
    Recent,

    /// <summary><c>HIGHESTMODSEQ</c>: highest mod-sequence (CONDSTORE, RFC 7162).</summary>
    HighestModSeq,

    /// <summary><c>APPENDLIMIT</c>: largest message APPEND accepts (RFC 7889).</summary>
    AppendLimit,

    /// <summary><c>MAILBOXID</c>: the mailbox's object id (OBJECTID, RFC 8474).</summary>
    MailboxId,

    /// <summary><c>DELETED-STORAGE</c>: storage (KiB) freed by expunging \Deleted messages (RFC 9208).</summary>
    DeletedStorage,
}
