using Imap4.Cli.MailTools;
using Imap4.Cli.MailTools.Maildir;
using Imap4.Cli.MailTools.Mbox;
using Imap4.Cli.MailTools.State;
using Imap4.Cli.Tests.Serve;
using Imap4.Client;

namespace Imap4.Cli.Tests.MailTools;

public sealed class ResumeTests
{
    private static readonly MailToolsOptions Batches = MailToolsOptions.Default with { BatchSize = 2 };

    private static async Task CancelledBackupAsync(MailAccount account, string folder, IBackupTarget target, int after)
    {
        using var cancel = new CancellationTokenSource();
        await using ImapClient client = await account.ConnectAsync();
        var backup = new FolderBackup(client, Batches, new CancellingProgress(cancel, after));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => backup.RunAsync(folder, target, cancel.Token));
    }

    [Theory]
    [InlineData("maildir")]
    [InlineData("mbox")]
    public async Task InterruptedBackup_ContinuesWithoutDuplicates(string format)
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (MailAccount demo, MailAccount fresh) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "fresh");
        await SampleMail.AddAsync(demo, 9);
        string backup = Path.Combine(temp.Path, "backup");
        IBackupTarget work = format == "mbox"
            ? new MboxBackupTarget(Path.Combine(backup, "Work.mbox"))
            : new MaildirBackupTarget(Path.Combine(backup, ".Work"), isSubfolder: true);
        await CancelledBackupAsync(demo, "Work", work, after: 5);
        BackupState? state = await work.LoadStateAsync(CancellationToken.None);
        Assert.NotNull(state);
        Assert.InRange(state.LastUid, 2u, 8u); // some batches checkpointed, not all

        string output = await MailToolsRun.OkAsync(["backup", backup, "--format", format, "--batch-size", "2", .. demo.Args]);
        Assert.Contains("Work: ", output, StringComparison.Ordinal);
        await MailToolsRun.OkAsync(["import", backup, .. fresh.Args]);
        await BackupImportRoundTripTests.AssertSameMailAsync(demo, fresh);
    }

    [Fact]
    public async Task MaildirBackup_KilledAfterARenameBeforeItsCheckpoint_DoesNotSaveTwice()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (MailAccount demo, _) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "unused");
        string backup = Path.Combine(temp.Path, "backup");
        await MailToolsRun.OkAsync(["backup", backup, "--folders", "INBOX", .. demo.Args]);
        string stateFile = Path.Combine(backup, MaildirBackupTarget.StateFileName);
        BackupState state = (await BackupState.LoadAsync(stateFile, CancellationToken.None))!;
        // As if killed after the files were renamed in but before the state was written: the state says nothing saved.
        await (state with { LastUid = 0, Saved = 0 }).SaveAsync(stateFile, CancellationToken.None);
        File.WriteAllText(Path.Combine(backup, "tmp", "3.0123.imap4-download"), "half a message");

        await MailToolsRun.OkAsync(["backup", backup, "--folders", "INBOX", .. demo.Args]);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(backup, "cur")).Length + Directory.GetFiles(Path.Combine(backup, "new")).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(backup, "tmp")));
        Assert.Equal(3u, (await BackupState.LoadAsync(stateFile, CancellationToken.None))!.LastUid);
    }

    [Fact]
    public async Task MboxExport_CutsOffAHalfWrittenMessage_AndRefusesAForeignFile()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (MailAccount demo, MailAccount fresh) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "fresh");
        string mbox = Path.Combine(temp.Path, "inbox.mbox");
        await MailToolsRun.OkAsync(["export", "INBOX", mbox, .. demo.Args]);
        long length = new FileInfo(mbox).Length;
        await File.AppendAllTextAsync(mbox, "From someone Mon Jan  1 00:00:00 2024\nSubject: torn");
        await demo.AppendAsync("INBOX", SampleMail.Message(1, "INBOX"), SampleMail.FlagsOf(1), SampleMail.DateOf(1));

        Assert.Contains(": 1 new message(s).", await MailToolsRun.OkAsync(["export", "INBOX", mbox, .. demo.Args]), StringComparison.Ordinal);
        Assert.True(new FileInfo(mbox).Length > length);
        Assert.DoesNotContain("torn", await File.ReadAllTextAsync(mbox), StringComparison.Ordinal);
        await MailToolsRun.OkAsync(["import", mbox, .. fresh.Args]);
        Assert.Equal(await demo.SnapshotAsync("INBOX"), await fresh.SnapshotAsync("INBOX"));

        string foreign = Path.Combine(temp.Path, "foreign.mbox");
        await File.WriteAllTextAsync(foreign, "From x Mon Jan  1 00:00:00 2024\n\nhello\n");
        (int code, string output) = await MailToolsRun.RunAsync(["export", "INBOX", foreign, .. demo.Args]);
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: ", output, StringComparison.Ordinal);
        Assert.Contains("was not written by a backup", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterruptedImport_ContinuesWithoutDuplicates()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (MailAccount demo, MailAccount fresh) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "fresh");
        await SampleMail.AddAsync(demo, 6);
        string mbox = Path.Combine(temp.Path, "work.mbox");
        await MailToolsRun.OkAsync(["export", "Work", mbox, .. demo.Args]);

        string logPath = ImportLog.PathFor(mbox, $"fresh@127.0.0.1:{serve.Info.Port}");
        using (var cancel = new CancellationTokenSource())
        await using (ImapClient client = await fresh.ConnectAsync())
        await using (ImportLog log = await ImportLog.OpenAsync(logPath, CancellationToken.None))
        {
            var import = new FolderImport(client, log, MailToolsOptions.Default, new CancellingProgress(cancel, 3));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => import.RunAsync(new ImportFolder(MailFormat.Mbox, mbox, "work.mbox", "Work"), cancel.Token));
        }
        Assert.Equal(3, (await fresh.SnapshotAsync("Work")).Count);

        Assert.Contains(": 3 new message(s).", await MailToolsRun.OkAsync(["import", mbox, "--folder", "Work", .. fresh.Args]), StringComparison.Ordinal);
        Assert.Equal(await demo.SnapshotAsync("Work"), await fresh.SnapshotAsync("Work"));
    }

    [Fact]
    public async Task Import_StoppedDuringAnAppend_LooksTheMessageUpByMessageId()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (MailAccount demo, MailAccount fresh) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "fresh");
        await SampleMail.AddAsync(demo, 6);
        string mbox = Path.Combine(temp.Path, "work.mbox");
        await MailToolsRun.OkAsync(["export", "Work", mbox, .. demo.Args]);
        await MailToolsRun.OkAsync(["import", mbox, "--folder", "Work", .. fresh.Args]);

        // As if two runs were killed during the APPENDs of messages 3 and 4: the first reached the server, the second not.
        string logPath = ImportLog.PathFor(mbox, $"fresh@127.0.0.1:{serve.Info.Port}");
        string[] lines = [.. File.ReadAllLines(logPath).Where(l => l.Length > 0 && l[0] != '?')];
        Assert.Equal(6, lines.Length);
        File.WriteAllLines(logPath, [.. lines[..2], "?" + lines[2], "?" + lines[3], .. lines[4..]]);
        await using (ImapClient client = await fresh.ConnectAsync())
        {
            await client.SelectAsync("Work");
            await client.AddFlagsAsync(4, [Imap4.Protocol.Primitives.Flag.Deleted]);
            await client.ExpungeAsync(4); // UID EXPUNGE: message 5 is \Deleted too and must stay
        }

        Assert.Contains(": 1 new message(s).", await MailToolsRun.OkAsync(["import", mbox, "--folder", "Work", .. fresh.Args]), StringComparison.Ordinal);
        Assert.Equal((await demo.SnapshotAsync("Work")).Order(), (await fresh.SnapshotAsync("Work")).Order());
    }
}
