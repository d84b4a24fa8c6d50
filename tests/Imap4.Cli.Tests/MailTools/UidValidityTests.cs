using Imap4.Cli.MailTools.Maildir;
using Imap4.Cli.Tests.Serve;
using Imap4.Client;

namespace Imap4.Cli.Tests.MailTools;

public sealed class UidValidityTests
{
    private static async Task RecreateAsync(MailAccount account, string folder)
    {
        await using ImapClient client = await account.ConnectAsync();
        uint before = (await client.ExamineAsync(folder)).UidValidity!.Value;
        await client.UnselectAsync();
        await client.DeleteFolderAsync(folder);
        await client.CreateFolderAsync(folder);
        Assert.NotEqual(before, (await client.ExamineAsync(folder)).UidValidity!.Value);
    }

    [Theory]
    [InlineData("maildir")]
    [InlineData("mbox")]
    public async Task ChangedUidValidity_KeepsTheOldCopyAside_AndStartsOver(string format)
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (MailAccount demo, MailAccount fresh) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "fresh");
        await SampleMail.AddAsync(demo, 3);
        string backup = Path.Combine(temp.Path, "backup");
        await MailToolsRun.OkAsync(["backup", backup, "--format", format, .. demo.Args]);

        await RecreateAsync(demo, "Work");
        await demo.AppendAsync("Work", SampleMail.Message(42, "Work"), SampleMail.FlagsOf(2), SampleMail.DateOf(42));
        string output = await MailToolsRun.OkAsync(["backup", backup, "--format", format, .. demo.Args]);
        Assert.Contains("Work: UIDVALIDITY changed", output, StringComparison.Ordinal);
        Assert.Contains(": 1 new message(s).", output, StringComparison.Ordinal);

        if (format == "maildir")
        {
            string archive = Assert.Single(Directory.GetDirectories(Path.Combine(backup, MaildirBackupTarget.ArchiveDirectoryName)));
            Assert.StartsWith(".Work-", Path.GetFileName(archive), StringComparison.Ordinal);
            Assert.Equal(3, Directory.GetFiles(Path.Combine(archive, "cur")).Length + Directory.GetFiles(Path.Combine(archive, "new")).Length);
        }
        else
        {
            Assert.Single(Directory.GetFiles(backup, "Work.mbox.uidvalidity-*"), f => !f.EndsWith(".json", StringComparison.Ordinal));
        }

        // The fresh backup holds exactly the new folder's content.
        await MailToolsRun.OkAsync(["import", backup, .. fresh.Args]);
        await BackupImportRoundTripTests.AssertSameMailAsync(demo, fresh);
    }
}
