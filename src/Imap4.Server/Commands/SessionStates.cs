namespace Imap4.Server.Commands;

/// <summary>A set of <see cref="SessionState"/>s: where a command is allowed.</summary>
[Flags]
public enum SessionStates
{
    /// <summary>No state.</summary>
    None = 0,

    /// <summary><see cref="SessionState.NotAuthenticated"/>.</summary>
    NotAuthenticated = 1,

    /// <summary><see cref="SessionState.Authenticated"/>.</summary>
    Authenticated = 2,

    /// <summary><see cref="SessionState.Selected"/>.</summary>
    Selected = 4,

    /// <summary>Authenticated or selected: commands that need a user.</summary>
    AuthenticatedOrSelected = Authenticated | Selected,

    /// <summary>Any state in which commands are read.</summary>
    Any = NotAuthenticated | Authenticated | Selected,
}
