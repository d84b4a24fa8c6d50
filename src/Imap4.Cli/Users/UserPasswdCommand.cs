using System.CommandLine;
using Imap4.Cli.Common;

namespace Imap4.Cli.Users;

/// <summary><c>imap4 user passwd NAME [--password PASS] [--data DIR]</c>: changes a password.</summary>
internal static class UserPasswdCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The user name." };
        var password = new Option<string?>("--password", "-P") { Description = "The new password (prompted for when missing)." };
        Option<string> data = CommonOptions.Data();
        var command = new Command("passwd", "Change a user's password.") { name, password, data };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            string user = result.GetValue(name)!;
            string secret = result.GetValue(password) ?? await PasswordPrompt.ReadAsync($"New password for {user}: ", cancellationToken).ConfigureAwait(false);
            await new UserAdministration(result.GetValue(data)!).SetPasswordAsync(user, secret, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Password of '{user}' changed.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
