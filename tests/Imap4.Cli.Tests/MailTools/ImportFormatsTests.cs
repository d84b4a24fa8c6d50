using System.Text;
using System.Text.Json;
using Imap4.Cli.Tests.Serve;

namespace Imap4.Cli.Tests.MailTools;

public sealed class ImportFormatsTests
{
    private const string ForeignMbox =
        "From alice@example.org Mon Jan  1 10:00:00 2024\n"
        + "From: alice@example.org\nSubject: one\nStatus: RO\nX-Status: AF\n\nBody\n>From quoted\n\n"
        + "From bob@example.org Tue Jan  2 11:00:00 2024\n"
        + "From: bob@example.org\nSubject: two\n\nBody two\n";

    [Fact]
    public async Task ForeignMbox_FlagsFromItsHeader_StayInTheMessage_AndJsonSummary()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (_, MailAccount fresh) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "fresh");
        string mbox = Path.Combine(temp.Path, "mutt.mbox");
        await File.WriteAllTextAsync(mbox, ForeignMbox);

        (string output, string error) = await MailToolsRun.OkSplitAsync(["import", mbox, "--folder", "Old/Mutt", "--json", .. fresh.Args]);
        Assert.Equal("Created folder Old/Mutt.", error.Trim());
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("messages").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("folders").GetInt32());

        var messages = await fresh.SnapshotAsync("Old/Mutt");
        Assert.Equal(2, messages.Count);
        Assert.Equal("From: alice@example.org\nSubject: one\nStatus: RO\nX-Status: AF\n\nBody\nFrom quoted\n", Text(messages[0].Bytes).Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal("\\ANSWERED \\FLAGGED \\SEEN", messages[0].Flags);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 10, 0, 0, TimeSpan.Zero), messages[0].Date);
        Assert.Equal("", messages[1].Flags);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 11, 0, 0, TimeSpan.Zero), messages[1].Date);
    }

    [Fact]
    public async Task PlainMaildir_ImportsIntoTheChosenFolder_WithSubfoldersBelowIt()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (_, MailAccount fresh) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "fresh");
        string maildir = Path.Combine(temp.Path, "Maildir");
        foreach (string d in (string[])["cur", "new", "tmp", ".Lists.dotnet/cur", ".Lists.dotnet/new"]) Directory.CreateDirectory(Path.Combine(maildir, d));
        string seen = Path.Combine(maildir, "cur", "1600000000.1.host:2,RS");
        await File.WriteAllTextAsync(seen, "Subject: seen\r\n\r\nhi\r\n");
        File.SetLastWriteTimeUtc(seen, new DateTime(2020, 9, 13, 12, 26, 40, DateTimeKind.Utc));
        await File.WriteAllTextAsync(Path.Combine(maildir, "new", "1600000001.2.host"), "Subject: new\r\n\r\nhello\r\n");
        await File.WriteAllTextAsync(Path.Combine(maildir, ".Lists.dotnet", "new", "1600000002.3.host"), "Subject: list\r\n\r\nlist mail\r\n");

        string output = await MailToolsRun.OkAsync(["import", maildir, "--folder", "Restored", .. fresh.Args]);
        Assert.Contains("Created folder Restored/Lists/dotnet.", output, StringComparison.Ordinal);
        Assert.Contains("Restored: 2/2", output, StringComparison.Ordinal);
        var restored = await fresh.SnapshotAsync("Restored");
        Assert.Equal(["Subject: seen\r\n\r\nhi\r\n", "Subject: new\r\n\r\nhello\r\n"], restored.Select(m => Text(m.Bytes)));
        Assert.Equal("\\ANSWERED \\SEEN", restored[0].Flags);
        Assert.Equal(new DateTimeOffset(2020, 9, 13, 12, 26, 40, TimeSpan.Zero), restored[0].Date);
        Assert.Equal("Subject: list\r\n\r\nlist mail\r\n", Text(Assert.Single(await fresh.SnapshotAsync("Restored/Lists/dotnet")).Bytes));
    }

    [Fact]
    public async Task ExportToMaildir_ThenImportIntoAnotherFolder_IsTheSame()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (MailAccount demo, _) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "unused");
        await SampleMail.AddAsync(demo, 5);
        string maildir = Path.Combine(temp.Path, "work-maildir");
        Assert.Contains(": 5 new message(s).", await MailToolsRun.OkAsync(["export", "Work/2024", maildir, "--format", "maildir", .. demo.Args]), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(maildir, "maildirfolder")));
        await MailToolsRun.OkAsync(["import", maildir, "--folder", "Copy", .. demo.Args]);
        Assert.Equal(await demo.SnapshotAsync("Work/2024"), await demo.SnapshotAsync("Copy"));
    }

    private static string Text(string hex) => Encoding.UTF8.GetString(Convert.FromHexString(hex));
}
