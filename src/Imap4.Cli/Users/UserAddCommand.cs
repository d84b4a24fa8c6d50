using System.CommandLine;
using Imap4.Cli.Common;

namespace Imap4.Cli.Users;

/// <summary><c>imap4 user add NAME [--password PASS] [--data DIR]</c>: adds a user and creates the account.</summary>
internal static class UserAddCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The user name." };
        var password = new Option<string?>("--password", "-P") { Description = "The password (prompted for when missing)." };
        Option<string> data = CommonOptions.Data();
        var command = new Command("add", "Add a user (and create the mail account).") { name, password, data };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            string user = result.GetValue(name)!;
            string secret = result.GetValue(password) ?? await PasswordPrompt.ReadAsync($"Password for {user}: ", cancellationToken).ConfigureAwait(false);
            await new UserAdministration(result.GetValue(data)!).AddAsync(user, secret, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"User '{user}' added.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
