namespace Imap4.Protocol.Responses;

// The response codes without data (RFC 9051, RFC 5530 and extensions), as shared instances.
public partial record ResponseCode
{
    /// <summary><c>[ALERT]</c>: the text must be shown to the user.</summary>
    public static ResponseCode Alert { get; } = new("ALERT");

    /// <summary><c>[ALREADYEXISTS]</c>: the mailbox or item already exists (RFC 5530).</summary>
    public static ResponseCode AlreadyExists { get; } = new("ALREADYEXISTS");

    /// <summary><c>[AUTHENTICATIONFAILED]</c>: wrong credentials (RFC 5530).</summary>
    public static ResponseCode AuthenticationFailed { get; } = new("AUTHENTICATIONFAILED");

    /// <summary><c>[AUTHORIZATIONFAILED]</c>: the authenticated identity may not act as the authorization identity (RFC 5530).</summary>
    public static ResponseCode AuthorizationFailed { get; } = new("AUTHORIZATIONFAILED");

    /// <summary><c>[CANNOT]</c>: the operation violates a server invariant (RFC 5530).</summary>
    public static ResponseCode Cannot { get; } = new("CANNOT");

    /// <summary><c>[CLIENTBUG]</c>: the server detected a client bug (RFC 5530).</summary>
    public static ResponseCode ClientBug { get; } = new("CLIENTBUG");

    /// <summary><c>[CLOSED]</c>: the previously selected mailbox is now closed (RFC 7162, RFC 9051).</summary>
    public static ResponseCode Closed { get; } = new("CLOSED");

    /// <summary><c>[CONTACTADMIN]</c>: the user should contact the administrator (RFC 5530).</summary>
    public static ResponseCode ContactAdmin { get; } = new("CONTACTADMIN");

    /// <summary><c>[CORRUPTION]</c>: the server found corrupt data (RFC 5530).</summary>
    public static ResponseCode Corruption { get; } = new("CORRUPTION");

    /// <summary><c>[EXPIRED]</c>: the credentials have expired (RFC 5530).</summary>
    public static ResponseCode Expired { get; } = new("EXPIRED");

    /// <summary><c>[EXPUNGEISSUED]</c>: another session expunged messages during the command (RFC 5530).</summary>
    public static ResponseCode ExpungeIssued { get; } = new("EXPUNGEISSUED");

    /// <summary><c>[HASCHILDREN]</c>: the mailbox has children and cannot be deleted (RFC 9051).</summary>
    public static ResponseCode HasChildren { get; } = new("HASCHILDREN");

    /// <summary><c>[INUSE]</c>: the resource is in use by another session (RFC 5530).</summary>
    public static ResponseCode InUse { get; } = new("INUSE");

    /// <summary><c>[LIMIT]</c>: a server limit was reached (RFC 5530).</summary>
    public static ResponseCode Limit { get; } = new("LIMIT");

    /// <summary><c>[NONEXISTENT]</c>: the mailbox or item does not exist (RFC 5530).</summary>
    public static ResponseCode NonExistent { get; } = new("NONEXISTENT");

    /// <summary><c>[NOPERM]</c>: the user lacks the needed rights (RFC 5530).</summary>
    public static ResponseCode NoPerm { get; } = new("NOPERM");

    /// <summary><c>[OVERQUOTA]</c>: a quota is exceeded (RFC 5530, RFC 9208).</summary>
    public static ResponseCode OverQuota { get; } = new("OVERQUOTA");

    /// <summary><c>[PARSE]</c>: the server could not parse a message's headers or MIME structure.</summary>
    public static ResponseCode ParseError { get; } = new("PARSE");

    /// <summary><c>[PRIVACYREQUIRED]</c>: the operation needs an encrypted connection (RFC 5530).</summary>
    public static ResponseCode PrivacyRequired { get; } = new("PRIVACYREQUIRED");

    /// <summary><c>[READ-ONLY]</c>: the mailbox is selected read-only.</summary>
    public static ResponseCode ReadOnly { get; } = new("READ-ONLY");

    /// <summary><c>[READ-WRITE]</c>: the mailbox is selected read-write.</summary>
    public static ResponseCode ReadWrite { get; } = new("READ-WRITE");

    /// <summary><c>[SERVERBUG]</c>: the server hit an internal error (RFC 5530).</summary>
    public static ResponseCode ServerBug { get; } = new("SERVERBUG");

    /// <summary><c>[TRYCREATE]</c>: the target mailbox does not exist but could be created.</summary>
    public static ResponseCode TryCreate { get; } = new("TRYCREATE");

    /// <summary><c>[UIDNOTSTICKY]</c>: the mailbox does not keep UIDs across sessions (RFC 4315).</summary>
    public static ResponseCode UidNotSticky { get; } = new("UIDNOTSTICKY");

    /// <summary><c>[UNAVAILABLE]</c>: a subsystem is temporarily unavailable (RFC 5530).</summary>
    public static ResponseCode Unavailable { get; } = new("UNAVAILABLE");

    /// <summary><c>[UNKNOWN-CTE]</c>: the server cannot decode the part's content-transfer-encoding (RFC 3516, RFC 9051).</summary>
    public static ResponseCode UnknownCte { get; } = new("UNKNOWN-CTE");

    /// <summary><c>[NOMODSEQ]</c>: the mailbox does not keep mod-sequences (RFC 7162).</summary>
    public static ResponseCode NoModSeq { get; } = new("NOMODSEQ");

    /// <summary><c>[TOOBIG]</c>: the message is larger than APPENDLIMIT (RFC 7889).</summary>
    public static ResponseCode TooBig { get; } = new("TOOBIG");

    /// <summary><c>[COMPRESSIONACTIVE]</c>: compression is already active (RFC 4978).</summary>
    public static ResponseCode CompressionActive { get; } = new("COMPRESSIONACTIVE");

    /// <summary><c>[USEATTR]</c>: the special-use attribute cannot be used (RFC 6154).</summary>
    public static ResponseCode UseAttr { get; } = new("USEATTR");

    /// <summary><c>[NOTSAVED]</c>: the SEARCH result could not be saved; <c>$</c> is now empty (RFC 5182).</summary>
    public static ResponseCode NotSaved { get; } = new("NOTSAVED");

    /// <summary>Every code above, for the parser's registry.</summary>
    internal static IReadOnlyList<ResponseCode> WithoutData { get; } =
    [
        Alert, AlreadyExists, AuthenticationFailed, AuthorizationFailed, Cannot, ClientBug, Closed, ContactAdmin,
        Corruption, Expired, ExpungeIssued, HasChildren, InUse, Limit, NonExistent, NoPerm, OverQuota, ParseError,
        PrivacyRequired, ReadOnly, ReadWrite, ServerBug, TryCreate, UidNotSticky, Unavailable, UnknownCte, NoModSeq,
        TooBig, CompressionActive, UseAttr, NotSaved,
    ];
}
