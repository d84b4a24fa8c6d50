namespace Imap4.Client;

/// <summary>
/// The server sent data that cannot be framed or parsed (or violated the protocol in a way the client cannot recover
/// from). The connection is closed when this is thrown.
/// </summary>
public class ImapProtocolException : ImapException
{
    /// <summary>Creates the exception.</summary>
    public ImapProtocolException() { }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ImapProtocolException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause (often an <see cref="Imap4.Protocol.ImapParseException"/>).</param>
    public ImapProtocolException(string message, Exception? innerException) : base(message, innerException) { }
}
