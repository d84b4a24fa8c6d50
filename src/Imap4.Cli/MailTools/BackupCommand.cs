using System.CommandLine;
using Imap4.Cli.Client;
using Imap4.Cli.Common;
using Imap4.Cli.MailTools.Maildir;
using Imap4.Cli.MailTools.Mbox;
using Imap4.Cli.MailTools.Progress;
using Imap4.Client;

namespace Imap4.Cli.MailTools;

/// <summary>
/// <c>imap4 backup DIR [--folders PATTERN...] [--format maildir|mbox]</c>: every (or the chosen) folder of the account
/// into a Maildir++ tree or mbox files, incrementally; a re-run continues where the last one stopped.
/// </summary>
internal static class BackupCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "The backup directory (created when missing)." };
        var folders = new Option<string[]>("--folders") { Description = "LIST patterns of the folders to back up (default: all).", HelpName = "PATTERN", AllowMultipleArgumentsPerToken = true };
        Option<MailFormat> format = MailToolOptions.Format(MailFormat.Maildir);
        Option<int> batchSize = MailToolOptions.BatchSize();
        var connection = new ClientOptions();
        var command = new Command("backup", "Back up folders to a Maildir++ tree or mbox files (incremental, resumable).") { directory, folders, format, batchSize };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings settings = connection.Read(result);
            MailToolsOptions options = MailToolOptions.Read(result, batchSize);
            string root = result.GetValue(directory)!.FullName;
            string[] patterns = result.GetValue(folders) is { Length: > 0 } chosen ? chosen : ["*"];
            MailFormat chosenFormat = result.GetValue(format);
            await using ImapClient imap = await ClientSession.OpenAsync(settings, "backup", cancellationToken).ConfigureAwait(false);
            IReadOnlyList<FolderInfo> selected = await ListAsync(imap, patterns, cancellationToken).ConfigureAwait(false);
            if (selected.Count == 0) throw new ArgumentException($"No folder matches {string.Join(' ', patterns)}.");
            Directory.CreateDirectory(root);
            long saved = await ProgressDisplay.RunAsync(output, result.InvocationConfiguration.Error, settings.Json, async progress =>
            {
                var backup = new FolderBackup(imap, options, progress);
                long total = 0;
                foreach (FolderInfo folder in selected)
                    total += await backup.RunAsync(folder.Name, TargetFor(root, folder, chosenFormat), cancellationToken).ConfigureAwait(false);
                return total;
            }).ConfigureAwait(false);
            await output.WriteLineAsync(MailToolSummary.Format(settings.Json, "Backed up", selected.Count, root, saved)).ConfigureAwait(false);
            await ClientSession.CloseAsync(imap, cancellationToken).ConfigureAwait(false);
            return 0;
        }, connection.Verbose));
        return command;
    }

    /// <summary>The selectable folders matching any pattern, each once, in server order.</summary>
    private static async Task<IReadOnlyList<FolderInfo>> ListAsync(ImapClient imap, string[] patterns, CancellationToken cancellationToken)
    {
        var folders = new List<FolderInfo>();
        foreach (string pattern in patterns)
        {
            foreach (FolderInfo folder in await imap.ListFoldersAsync("", pattern, null, cancellationToken).ConfigureAwait(false))
                if (folder.IsSelectable && !folders.Exists(f => f.Name == folder.Name)) folders.Add(folder);
        }
        return folders;
    }

    private static IBackupTarget TargetFor(string root, FolderInfo folder, MailFormat format)
    {
        if (format == MailFormat.Mbox) return new MboxBackupTarget(Path.Combine(root, FolderNameCodec.ToMboxPath(folder.Name, folder.Delimiter)));
        string directory = FolderNameCodec.ToMaildirDirectory(folder.Name, folder.Delimiter);
        return new MaildirBackupTarget(directory.Length == 0 ? root : Path.Combine(root, directory), isSubfolder: directory.Length > 0);
    }
}
