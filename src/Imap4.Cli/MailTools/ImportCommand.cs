using System.CommandLine;
using System.Globalization;
using Imap4.Cli.Client;
using Imap4.Cli.Common;
using Imap4.Cli.MailTools.Progress;
using Imap4.Cli.MailTools.State;
using Imap4.Client;

namespace Imap4.Cli.MailTools;

/// <summary>
/// <c>imap4 import SOURCE [--folder NAME]</c>: a Maildir (tree), an mbox file or a directory of mbox files into the
/// account, with flags and internal dates; resumable (a log beside the source records what was appended).
/// </summary>
internal static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var source = new Argument<string>("SOURCE") { Description = "A Maildir or Maildir++ tree, an mbox file, or a directory of .mbox files." };
        var folder = new Option<string?>("--folder") { Description = "The target folder for the source's root (default INBOX); subfolders go below it.", HelpName = "NAME" };
        Option<int> batchSize = MailToolOptions.BatchSize();
        var connection = new ClientOptions();
        var command = new Command("import", "Import a Maildir (tree) or mbox into the account (resumable).") { source, folder, batchSize };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings settings = connection.Read(result);
            MailToolsOptions options = MailToolOptions.Read(result, batchSize);
            string path = Path.GetFullPath(result.GetValue(source)!);
            if (!File.Exists(path) && !Directory.Exists(path)) throw new ArgumentException($"No such file or directory: {path}");
            await using ImapClient imap = await ClientSession.OpenAsync(settings, "import", cancellationToken).ConfigureAwait(false);
            IReadOnlyList<FolderInfo> inbox = await imap.ListFoldersAsync("", "INBOX", null, cancellationToken).ConfigureAwait(false);
            char delimiter = inbox is [{ Delimiter: { } d }, ..] ? d : '/';
            IReadOnlyList<ImportFolder> folders = ImportPlan.Find(path, result.GetValue(folder), delimiter);
            string account = string.Create(CultureInfo.InvariantCulture, $"{settings.User}@{settings.Host}:{settings.EffectivePort}");
            await using ImportLog log = await ImportLog.OpenAsync(ImportLog.PathFor(path, account), cancellationToken).ConfigureAwait(false);
            long appended = await ProgressDisplay.RunAsync(output, result.InvocationConfiguration.Error, settings.Json, async progress =>
            {
                var import = new FolderImport(imap, log, options, progress);
                long total = 0;
                foreach (ImportFolder one in folders) total += await import.RunAsync(one, cancellationToken).ConfigureAwait(false);
                return total;
            }).ConfigureAwait(false);
            await output.WriteLineAsync(MailToolSummary.Format(settings.Json, "Imported", folders.Count, path, appended)).ConfigureAwait(false);
            await ClientSession.CloseAsync(imap, cancellationToken).ConfigureAwait(false);
            return 0;
        }, connection.Verbose));
        return command;
    }
}
