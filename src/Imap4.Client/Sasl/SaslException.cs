namespace Imap4.Client.Sasl;

/// <summary>
/// A SASL exchange failed on the client side: the server sent a malformed or unexpected challenge, failed to prove
/// its identity (SCRAM server signature), or reported an error inside the exchange (OAuth JSON error).
/// </summary>
/// <remarks>The message never contains credentials.</remarks>
public class SaslException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public SaslException()
        : base("The SASL exchange failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong (without credentials).</param>
    public SaslException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong (without credentials).</param>
    /// <param name="innerException">The cause.</param>
    public SaslException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message and the error details the server sent.</summary>
    /// <param name="message">What went wrong (without credentials).</param>
    /// <param name="serverError">The server's error text (e.g. the OAuth JSON error), or null.</param>
    public SaslException(string message, string? serverError)
        : base(message)
    {
        ServerError = serverError;
    }

    /// <summary>The error details the server sent inside the exchange (e.g. an OAuth JSON error), or null.</summary>
    public string? ServerError { get; }
}
