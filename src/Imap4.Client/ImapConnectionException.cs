namespace Imap4.Client;

/// <summary>
/// The connection failed or is closed: an I/O error, a timeout, the server said BYE, the connection was disposed, or
/// a command was cancelled after part of it had been sent. The connection cannot be used any more.
/// </summary>
public class ImapConnectionException : ImapException
{
    /// <summary>Creates the exception.</summary>
    public ImapConnectionException() { }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ImapConnectionException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause (an <see cref="IOException"/>, <see cref="TimeoutException"/>, ...).</param>
    public ImapConnectionException(string message, Exception? innerException) : base(message, innerException) { }
}
