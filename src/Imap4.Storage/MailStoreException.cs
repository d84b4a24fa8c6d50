namespace Imap4.Storage;

/// <summary>
/// A store refused an operation for a reason the client can be told (answered <c>NO [code] message</c>). Any other
/// exception from a store is a bug or an outage.
/// </summary>
public sealed class MailStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">Why the operation was refused.</param>
    /// <param name="message">Human-readable text, suitable for the tagged NO.</param>
    public MailStoreException(MailStoreError error, string message) : base(message) => Error = error;

    /// <summary>Creates the exception with an inner cause.</summary>
    /// <param name="error">Why the operation was refused.</param>
    /// <param name="message">Human-readable text, suitable for the tagged NO.</param>
    /// <param name="innerException">The cause.</param>
    public MailStoreException(MailStoreError error, string message, Exception innerException)
        : base(message, innerException) => Error = error;

    /// <summary>Creates the exception with <see cref="MailStoreError.Cannot"/>.</summary>
    public MailStoreException() : this(MailStoreError.Cannot, "The operation cannot be performed.") { }

    /// <summary>Creates the exception with <see cref="MailStoreError.Cannot"/>.</summary>
    /// <param name="message">Human-readable text.</param>
    public MailStoreException(string message) : this(MailStoreError.Cannot, message) { }

    /// <summary>Creates the exception with <see cref="MailStoreError.Cannot"/>.</summary>
    /// <param name="message">Human-readable text.</param>
    /// <param name="innerException">The cause.</param>
    public MailStoreException(string message, Exception innerException) : this(MailStoreError.Cannot, message, innerException) { }

    /// <summary>Why the operation was refused.</summary>
    public MailStoreError Error { get; }
}
