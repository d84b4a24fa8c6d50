using System.CommandLine;

namespace Imap4.Cli.Users;

/// <summary><c>imap4 user</c>: the user administration commands.</summary>
internal static class UserCommand
{
    /// <summary>Builds the command group.</summary>
    /// <returns>The command.</returns>
    public static Command Create() => new("user", "Manage the users of a data directory.")
    {
        UserAddCommand.Create(), UserListCommand.Create(), UserPasswdCommand.Create(), UserDeleteCommand.Create(),
    };
}
