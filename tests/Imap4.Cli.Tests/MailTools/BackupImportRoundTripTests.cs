using Imap4.Cli.Tests.Serve;

namespace Imap4.Cli.Tests.MailTools;

public sealed class BackupImportRoundTripTests
{
    internal static async Task<(MailAccount Demo, MailAccount Fresh)> AccountsAsync(TempDirectory temp, RunningServe serve, string freshUser)
    {
        await MailToolsRun.OkAsync("user", "add", freshUser, "--password", "pw", "--data", temp.Data);
        return (new MailAccount(serve.Info.Port, "demo", serve.Info.DemoPassword!), new MailAccount(serve.Info.Port, freshUser, "pw"));
    }

    internal static async Task AssertSameMailAsync(MailAccount expected, MailAccount actual)
    {
        Assert.Equal(await expected.FoldersAsync(), await actual.FoldersAsync());
        foreach (string folder in await expected.FoldersAsync())
        {
            var want = await expected.SnapshotAsync(folder);
            var got = await actual.SnapshotAsync(folder);
            Assert.True(want.Count == got.Count, $"{folder}: {want.Count} messages expected, {got.Count} found");
            for (int i = 0; i < want.Count; i++) Assert.Equal(want[i], got[i]);
        }
    }

    [Theory]
    [InlineData("maildir")]
    [InlineData("mbox")]
    public async Task Backup_ThenImportIntoAFreshAccount_IsByteIdentical_WithFlagsAndDates(string format)
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (MailAccount demo, MailAccount fresh) = await AccountsAsync(temp, serve, "fresh");
        await SampleMail.AddAsync(demo, 7);
        string backup = Path.Combine(temp.Path, "backup");

        string output = await MailToolsRun.OkAsync(["backup", backup, "--format", format, "--batch-size", "3", .. demo.Args]);
        Assert.Contains("INBOX: 10/10", output, StringComparison.Ordinal); // 3 sample messages + 7
        Assert.Contains("Backed up 4 folder(s)", output, StringComparison.Ordinal);
        Assert.Contains(": 31 new message(s).", output, StringComparison.Ordinal);

        string again = await MailToolsRun.OkAsync(["backup", backup, "--format", format, .. demo.Args]);
        Assert.Contains(": 0 new message(s).", again, StringComparison.Ordinal);

        string imported = await MailToolsRun.OkAsync(["import", backup, .. fresh.Args]);
        Assert.Contains(": 31 new message(s).", imported, StringComparison.Ordinal);
        await AssertSameMailAsync(demo, fresh);

        // Importing again appends nothing: the log beside the source remembers every message.
        Assert.Contains(": 0 new message(s).", await MailToolsRun.OkAsync(["import", backup, .. fresh.Args]), StringComparison.Ordinal);
        await AssertSameMailAsync(demo, fresh);
    }

    [Fact]
    public async Task Backup_ToMaildir_UsesMaildirNamesFlagsAndMtimes()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (MailAccount demo, _) = await AccountsAsync(temp, serve, "unused");
        await SampleMail.AddAsync(demo, 5);
        string backup = Path.Combine(temp.Path, "backup");
        await MailToolsRun.OkAsync(["backup", backup, "--folders", "Work*", .. demo.Args]);

        Assert.False(Directory.Exists(Path.Combine(backup, "cur")), "INBOX was not chosen");
        string work = Path.Combine(backup, ".Work");
        Assert.True(File.Exists(Path.Combine(work, "maildirfolder")));
        Assert.True(Directory.Exists(Path.Combine(backup, ".Work.2024", "cur")));
        string[] cur = [.. Directory.GetFiles(Path.Combine(work, "cur")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(4, cur.Length); // message 0 has no flags: it is in new/
        Assert.Single(Directory.GetFiles(Path.Combine(work, "new")));
        Assert.EndsWith(":2,FRS", cur[1], StringComparison.Ordinal);
        Assert.EndsWith(":2,DPa", cur[2], StringComparison.Ordinal); // \Draft $Forwarded custom
        Assert.Equal("0 custom", File.ReadAllText(Path.Combine(work, "dovecot-keywords")).Trim());
        Assert.Equal(SampleMail.DateOf(1).UtcDateTime, File.GetLastWriteTimeUtc(Path.Combine(work, "cur", cur[0])));
    }
}
