using System.CommandLine;
using Imap4.Cli.Client;
using Imap4.Cli.Common;
using Imap4.Client;

namespace Imap4.Cli.Shell;

/// <summary>
/// <c>imap4 shell</c>: connects and logs in, then runs C# entries with the client bound to <c>c</c> (the counterpart of
/// <c>python -m imapclient.interact</c>). On a terminal: prompts, line editing and history; with redirected input:
/// a script read line by line, exit code 1 when any entry failed.
/// </summary>
internal static class ShellCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var connection = new ClientOptions();
        var history = new Option<string?>("--history") { Description = $"History file (default {ShellHistory.DefaultPath}).", HelpName = "FILE" };
        var command = new Command("shell", "Interactive C# session with a connected client 'c' (like python -m imapclient.interact).") { history };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            // Standard input is the script when redirected, so a missing password cannot come from there.
            ClientSettings flags = connection.Read(result) with { PasswordFromRedirectedInput = false };
            ClientSettings settings = await ClientSettingsResolver.ResolveAsync(flags, interactive: true, cancellationToken).ConfigureAwait(false);
            TextWriter error = result.InvocationConfiguration.Error;
            bool terminal = !Console.IsInputRedirected;
            if (terminal) await error.WriteLineAsync($"Connecting to {settings.EffectiveHost}:{settings.EffectivePort}...").ConfigureAwait(false);
            await using ImapClient imap = await ClientSession.OpenResolvedAsync(settings, "shell", cancellationToken).ConfigureAwait(false);
            using TerminalInput? keyboard = terminal
                ? new TerminalInput(await ShellHistory.LoadAsync(result.GetValue(history) ?? ShellHistory.DefaultPath, cancellationToken).ConfigureAwait(false))
                : null;
            IShellInput input = keyboard ?? (IShellInput)new RedirectedInput(Console.In);
            if (terminal) await error.WriteLineAsync("Connected. The ImapClient is \"c\"; await its methods, e.g. await c.ListFoldersAsync(). exit, quit or Ctrl+D ends.").ConfigureAwait(false);
            var session = new ShellSession(new ShellEvaluator(new ShellGlobals(imap, output, cancellationToken)), output, error);
            int failures = await session.RunAsync(input, cancellationToken).ConfigureAwait(false);
            await ClientSession.CloseAsync(imap, cancellationToken).ConfigureAwait(false);
            return terminal || failures == 0 ? 0 : 1;
        }, connection.Verbose));
        return command;
    }
}
