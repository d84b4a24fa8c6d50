using System.CommandLine;
using Imap4.Cli.Common;

namespace Imap4.Cli.Users;

/// <summary><c>imap4 user list [--data DIR]</c>: prints the user names, one a line.</summary>
internal static class UserListCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        Option<string> data = CommonOptions.Data();
        var command = new Command("list", "List the users.") { data };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            foreach (string user in await new UserAdministration(result.GetValue(data)!).ListAsync(cancellationToken).ConfigureAwait(false))
                await output.WriteLineAsync(user).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
