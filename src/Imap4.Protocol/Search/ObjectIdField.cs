namespace Imap4.Protocol.Search;

/// <summary>The OBJECTID search keys (RFC 8474).</summary>
public enum ObjectIdField
{
    /// <summary><c>EMAILID</c>: the message's EMAILID is the id.</summary>
    EmailId,

    /// <summary><c>THREADID</c>: the message's THREADID is the id.</summary>
    ThreadId,
}
