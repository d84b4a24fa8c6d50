namespace Imap4.Server;

/// <summary>How a listener secures its connections.</summary>
public enum ImapEndpointSecurity
{
    /// <summary>Plain IMAP (port 143): STARTTLS is offered when <see cref="ImapServerOptions.Certificate"/> is set.</summary>
    Plain,

    /// <summary>Implicit TLS (port 993): the TLS handshake comes before the greeting.</summary>
    ImplicitTls,
}
