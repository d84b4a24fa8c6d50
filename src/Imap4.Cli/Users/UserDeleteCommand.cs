using System.CommandLine;
using Imap4.Cli.Common;

namespace Imap4.Cli.Users;

/// <summary><c>imap4 user delete NAME [--data DIR]</c>: removes a user (the mail stays in the store).</summary>
internal static class UserDeleteCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The user name." };
        Option<string> data = CommonOptions.Data();
        var command = new Command("delete", "Remove a user (the mail account is kept).") { name, data };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            string user = result.GetValue(name)!;
            await new UserAdministration(result.GetValue(data)!).DeleteAsync(user, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"User '{user}' removed.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
