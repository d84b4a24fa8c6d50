namespace Imap4.Client;

/// <summary>
/// The client refused to do something unsafe before sending anything: a password in clear text over an unencrypted,
/// non-loopback connection (see <see cref="ImapConnectionOptions.AllowPlaintextAuthentication"/>), LOGIN while the
/// server announces LOGINDISABLED, or a TLS certificate that failed validation. The connection is still usable
/// unless the TLS handshake failed.
/// </summary>
public class ImapSecurityException : ImapException
{
    /// <summary>Creates the exception.</summary>
    public ImapSecurityException() { }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was refused and why.</param>
    public ImapSecurityException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What was refused and why.</param>
    /// <param name="innerException">The cause.</param>
    public ImapSecurityException(string message, Exception? innerException) : base(message, innerException) { }
}
