namespace Imap4.Protocol.Responses;

/// <summary>The condition of a status response.</summary>
public enum StatusKind
{
    /// <summary>OK: success (tagged) or information (untagged).</summary>
    Ok,

    /// <summary>NO: operational error.</summary>
    No,

    /// <summary>BAD: protocol-level error in the client's command.</summary>
    Bad,

    /// <summary>PREAUTH: greeting of a connection that is already authenticated.</summary>
    PreAuth,

    /// <summary>BYE: the server is about to close the connection.</summary>
    Bye,
}
