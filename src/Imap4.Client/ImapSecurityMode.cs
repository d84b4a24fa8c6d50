namespace Imap4.Client;

/// <summary>How a TCP connection is secured.</summary>
public enum ImapSecurityMode
{
    /// <summary>
    /// Implicit TLS on port 993, elsewhere STARTTLS when the server offers it (<see cref="StartTlsWhenAvailable"/>).
    /// The default. Without TLS, passwords are still refused unless the peer is on loopback or plaintext is allowed.
    /// </summary>
    Auto,

    /// <summary>TLS from the first byte (IMAPS, usually port 993).</summary>
    ImplicitTls,

    /// <summary>Plain TCP, then STARTTLS before anything else; fails when the server does not offer STARTTLS.</summary>
    StartTls,

    /// <summary>Plain TCP, then STARTTLS only when the server offers it.</summary>
    StartTlsWhenAvailable,

    /// <summary>No TLS at all. Passwords are then refused unless the peer is on loopback or plaintext is allowed.</summary>
    None,
}
