namespace Imap4.Client;

/// <summary>
/// A command that changes messages (STORE, EXPUNGE, MOVE...) was attempted while the selected mailbox is read-only
/// (opened with EXAMINE, or the server answered SELECT with <c>[READ-ONLY]</c>). Nothing was sent; the connection is
/// still usable.
/// </summary>
public class ImapReadOnlyException : ImapException
{
    /// <summary>Creates the exception.</summary>
    public ImapReadOnlyException() { }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was refused.</param>
    public ImapReadOnlyException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What was refused.</param>
    /// <param name="innerException">The cause.</param>
    public ImapReadOnlyException(string message, Exception? innerException) : base(message, innerException) { }
}
