using System.CommandLine;
using Imap4.Cli.Client;
using Imap4.Cli.Common;
using Imap4.Cli.MailTools.Maildir;
using Imap4.Cli.MailTools.Mbox;
using Imap4.Cli.MailTools.Progress;
using Imap4.Client;

namespace Imap4.Cli.MailTools;

/// <summary>
/// <c>imap4 export FOLDER FILE --format mbox|maildir</c>: one folder to an mbox file or a Maildir, incrementally
/// like <c>backup</c> (a state file beside it records how far it got).
/// </summary>
internal static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder, e.g. INBOX." };
        var file = new Argument<string>("FILE") { Description = "The mbox file, or the Maildir directory." };
        Option<MailFormat> format = MailToolOptions.Format(MailFormat.Mbox);
        Option<int> batchSize = MailToolOptions.BatchSize();
        var connection = new ClientOptions();
        var command = new Command("export", "Export one folder to an mbox file or a Maildir (incremental, resumable).") { folder, file, format, batchSize };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings settings = connection.Read(result);
            MailToolsOptions options = MailToolOptions.Read(result, batchSize);
            string path = Path.GetFullPath(result.GetValue(file)!);
            string name = result.GetValue(folder)!;
            IBackupTarget target = result.GetValue(format) == MailFormat.Mbox ? new MboxBackupTarget(path) : new MaildirBackupTarget(path, isSubfolder: false);
            await using ImapClient imap = await ClientSession.OpenAsync(settings, "export", cancellationToken).ConfigureAwait(false);
            long saved = await ProgressDisplay.RunAsync(output, result.InvocationConfiguration.Error, settings.Json, progress => new FolderBackup(imap, options, progress).RunAsync(name, target, cancellationToken)).ConfigureAwait(false);
            await output.WriteLineAsync(MailToolSummary.Format(settings.Json, "Exported", 1, path, saved)).ConfigureAwait(false);
            await ClientSession.CloseAsync(imap, cancellationToken).ConfigureAwait(false);
            return 0;
        }, connection.Verbose));
        return command;
    }
}
