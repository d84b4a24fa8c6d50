namespace Imap4.Storage;

/// <summary>Why a store refused an operation; each maps to an IMAP response code (<see cref="MailStoreErrorExtensions.ToResponseCode"/>).</summary>
public enum MailStoreError
{
    /// <summary>The account, mailbox or message does not exist (<c>NONEXISTENT</c>).</summary>
    NonExistent,

    /// <summary>The mailbox or account already exists (<c>ALREADYEXISTS</c>).</summary>
    AlreadyExists,

    /// <summary>The target mailbox of COPY, MOVE or APPEND does not exist but could be created (<c>TRYCREATE</c>).</summary>
    TryCreate,

    /// <summary>The operation would exceed the account's quota (<c>OVERQUOTA</c>).</summary>
    OverQuota,

    /// <summary>A store limit was reached, e.g. UIDs ran out (<c>LIMIT</c>).</summary>
    Limit,

    /// <summary>The message is larger than the store accepts (<c>TOOBIG</c>).</summary>
    TooBig,

    /// <summary>The operation can never succeed as asked, e.g. deleting INBOX or an invalid name (<c>CANNOT</c>).</summary>
    Cannot,

    /// <summary>The mailbox is in use in a way that prevents the operation (<c>INUSE</c>).</summary>
    InUse,

    /// <summary>The user may not do this (<c>NOPERM</c>).</summary>
    NoPerm,

    /// <summary>The message was expunged (<c>EXPUNGEISSUED</c>).</summary>
    ExpungeIssued,

    /// <summary>The name has inferior names and the operation requires it to have none (<c>HASCHILDREN</c>).</summary>
    HasChildren,

    /// <summary>The store is temporarily unable to perform the operation (<c>UNAVAILABLE</c>).</summary>
    Unavailable,

    /// <summary>Stored data is damaged (<c>CORRUPTION</c>).</summary>
    Corruption,
}
