namespace Imap4.Client;

/// <summary>The base of every exception the IMAP client throws for protocol, command and connection failures.</summary>
public class ImapException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImapException() { }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ImapException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ImapException(string message, Exception? innerException) : base(message, innerException) { }
}
