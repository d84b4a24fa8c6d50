using System.CommandLine;
using Imap4.Cli.Client;
using Imap4.Cli.Common;

namespace Imap4.Cli.Watch;

/// <summary><c>imap4 watch FOLDER</c>: IDLE on a folder and print new mail, expunges and flag changes as they happen.</summary>
internal static class WatchCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder, e.g. INBOX." };
        var defaults = new WatchSettings();
        var retry = new Option<double>("--retry-delay")
        {
            Description = "Seconds before the first reconnect attempt; doubles per failure.",
            DefaultValueFactory = _ => defaults.InitialRetryDelay.TotalSeconds,
            HelpName = "SECONDS",
        };
        var maxRetry = new Option<double>("--max-retry-delay")
        {
            Description = "Longest wait between reconnect attempts, in seconds.",
            DefaultValueFactory = _ => defaults.MaxRetryDelay.TotalSeconds,
            HelpName = "SECONDS",
        };
        var connection = new ClientOptions();
        var command = new Command("watch", "Wait for new mail with IDLE and print one line per event; reconnects when the connection drops. Ctrl+C ends.")
        {
            folder, retry, maxRetry,
        };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings flags = connection.Read(result);
            var watch = defaults with
            {
                InitialRetryDelay = ClientOptions.TimeoutOf(result.GetValue(retry)),
                MaxRetryDelay = ClientOptions.TimeoutOf(result.GetValue(maxRetry)),
            };
            ClientSettings settings = await ClientSettingsResolver.ResolveAsync(flags, interactive: false, cancellationToken).ConfigureAwait(false);
            var watcher = new FolderWatcher(settings, result.GetValue(folder)!, watch, new WatchPrinter(output, settings.Json), result.InvocationConfiguration.Error);
            await watcher.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }, connection.Verbose));
        return command;
    }
}
