namespace Imap4.Protocol.Responses;

/// <summary>Which command's reply a <see cref="ListResponse"/> is: the three share one shape.</summary>
public enum ListKind
{
    /// <summary><c>* LIST</c>.</summary>
    List,

    /// <summary><c>* LSUB</c> (IMAP4rev1 subscriptions).</summary>
    Lsub,

    /// <summary><c>* XLIST</c> (Gmail's pre-SPECIAL-USE LIST).</summary>
    XList,
}
