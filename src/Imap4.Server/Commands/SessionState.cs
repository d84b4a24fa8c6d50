namespace Imap4.Server.Commands;

/// <summary>The state of an IMAP session (RFC 9051 section 3).</summary>
public enum SessionState
{
    /// <summary>Before LOGIN or AUTHENTICATE.</summary>
    NotAuthenticated,

    /// <summary>Authenticated, no mailbox selected.</summary>
    Authenticated,

    /// <summary>A mailbox is selected.</summary>
    Selected,

    /// <summary>The session is ending.</summary>
    Logout,
}
