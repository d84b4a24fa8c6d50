using System.CommandLine;
using Imap4.Cli.Client;
using Imap4.Cli.Serve;
using Imap4.Cli.Users;

namespace Imap4.Cli;

/// <summary>The <c>imap4</c> command line: builds the command tree and runs it.</summary>
public static class CliApp
{
    /// <summary>How long Ctrl+C or SIGTERM waits for a command to finish (more than the server's shutdown grace).</summary>
    public static readonly TimeSpan TerminationTimeout = ServeHost.ShutdownGrace + TimeSpan.FromSeconds(5);

    /// <summary>Parses and runs <paramref name="args"/>; Ctrl+C and SIGTERM cancel the running command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, null, null, CancellationToken.None);

    /// <summary>
    /// Parses and runs <paramref name="args"/> with the given writers. When <paramref name="cancellationToken"/> can be
    /// cancelled, the caller owns cancellation and process signals are left alone (embedding, tests).
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Standard output, or null for the console.</param>
    /// <param name="error">Standard error, or null for the console.</param>
    /// <param name="cancellationToken">Cancels the running command.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter? output, TextWriter? error, CancellationToken cancellationToken)
    {
        var configuration = new InvocationConfiguration
        {
            ProcessTerminationTimeout = cancellationToken.CanBeCanceled ? null : TerminationTimeout,
        };
        if (output is not null) configuration.Output = output;
        if (error is not null) configuration.Error = error;
        return CreateRootCommand().Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>The command tree.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand() => new("imap4: an IMAP server, client and mail tools.")
    {
        ServeCommand.Create(),
        UserCommand.Create(),
        RawCommand.Create(),
        FoldersCommand.Create(),
        StatusCommand.Create(),
        SearchCommand.Create(),
        FetchCommand.Create(),
        ReadCommand.Create(),
        AppendCommand.Create(),
        Shell.ShellCommand.Create(),
        Watch.WatchCommand.Create(),
        MailTools.BackupCommand.Create(),
        MailTools.ExportCommand.Create(),
        MailTools.ImportCommand.Create(),
    };
}
