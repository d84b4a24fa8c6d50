namespace Imap4.Server.Session;

/// <summary>The client was inactive for longer than the autologout timer allows.</summary>
internal sealed class SessionTimeoutException : Exception
{
    public SessionTimeoutException() : base("The session was inactive for too long.") { }

    public SessionTimeoutException(string message) : base(message) { }

    public SessionTimeoutException(string message, Exception innerException) : base(message, innerException) { }
}
