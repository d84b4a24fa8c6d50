namespace Imap4.Client;

/// <summary>The IMAP connection state (RFC 9051 section 3) as the client last saw it.</summary>
public enum ImapConnectionState
{
    /// <summary>Connected, not logged in yet.</summary>
    NotAuthenticated,

    /// <summary>Logged in (or PREAUTH greeting), no mailbox selected.</summary>
    Authenticated,

    /// <summary>A mailbox is selected.</summary>
    Selected,

    /// <summary>Logged out or the connection is closed.</summary>
    Logout,
}
