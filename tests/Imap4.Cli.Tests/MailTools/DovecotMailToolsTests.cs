using Imap4.Cli.Tests.Serve;
using Imap4.Client;
using Imap4.Testing;

namespace Imap4.Cli.Tests.MailTools;

/// <summary>The mail tools against a real peer: Dovecot's IMAP server and its own Maildir on disk.</summary>
public sealed class DovecotMailToolsTests
{
    private static async Task<char> PopulateAsync(MailAccount dovecot)
    {
        await using ImapClient client = await dovecot.ConnectAsync();
        char delimiter = (await client.ListFoldersAsync("", "INBOX"))[0].Delimiter ?? '.';
        foreach (string folder in (string[])["INBOX", "Work", $"Work{delimiter}Sub"])
        {
            if (!await client.FolderExistsAsync(folder)) await client.CreateFolderAsync(folder);
            for (int n = 0; n < 6; n++)
                await client.AppendAsync(folder, System.Text.Encoding.UTF8.GetBytes(SampleMail.Message(n, folder)), SampleMail.FlagsOf(n), SampleMail.DateOf(n));
        }
        return delimiter;
    }

    /// <summary>Compares every folder (or, for an import from disk, where Dovecot's empty special folders have no
    /// directory yet, every folder with mail).</summary>
    private static async Task AssertSameAsync(MailAccount dovecot, char delimiter, MailAccount ours, Func<string, string> normalize, bool emptyFoldersToo = true)
    {
        List<string> folders = await dovecot.FoldersAsync();
        if (!emptyFoldersToo) folders = [.. folders.Where(f => f is "INBOX" or "Work" || f.StartsWith("Work" + delimiter, StringComparison.Ordinal))];
        Assert.Equal(folders.Select(f => f.Replace(delimiter, '/')).Order(StringComparer.Ordinal), await ours.FoldersAsync());
        int messages = 0;
        foreach (string folder in folders)
        {
            var want = (await dovecot.SnapshotAsync(folder)).Select(m => (normalize(m.Bytes), m.Flags, m.Date)).ToList();
            var got = (await ours.SnapshotAsync(folder.Replace(delimiter, '/'))).Select(m => (normalize(m.Bytes), m.Flags, m.Date)).ToList();
            Assert.Equal(want, got);
            messages += got.Count;
        }
        Assert.Equal(18, messages);
    }

    [Fact]
    public async Task BackupFromDovecot_ThenImportIntoOurServer_IsByteIdentical()
    {
        using var temp = new TempDirectory();
        await using DovecotServer server = await DovecotServer.StartAsync();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        var dovecot = new MailAccount(server.Port, DovecotServer.User, DovecotServer.Password);
        char delimiter = await PopulateAsync(dovecot);
        (_, MailAccount fresh) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "fresh");
        string backup = Path.Combine(temp.Path, "backup");

        string output = await MailToolsRun.OkAsync(["backup", backup, .. dovecot.Args]);
        Assert.Contains(": 18 new message(s).", output, StringComparison.Ordinal);
        await MailToolsRun.OkAsync(["import", backup, .. fresh.Args]);
        await AssertSameAsync(dovecot, delimiter, fresh, b => b);
    }

    [Fact]
    public async Task ImportOfDovecotsOwnMaildir_KeepsContentFlagsAndDates()
    {
        using var temp = new TempDirectory();
        await using DovecotServer server = await DovecotServer.StartAsync();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        var dovecot = new MailAccount(server.Port, DovecotServer.User, DovecotServer.Password);
        char delimiter = await PopulateAsync(dovecot);
        (_, MailAccount fresh) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "fresh");
        string maildir = Path.Combine(server.Directory, "mail", DovecotServer.User);
        Assert.True(Directory.Exists(Path.Combine(maildir, ".Work.Sub", "cur")) || Directory.Exists(Path.Combine(maildir, ".Work.Sub", "new")));

        await MailToolsRun.OkAsync(["import", maildir, .. fresh.Args]);
        // Dovecot keeps LF line ends on disk and sends CRLF: compare the text with line ends normalized.
        await AssertSameAsync(dovecot, delimiter, fresh, hex => Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(
            System.Text.Encoding.UTF8.GetString(Convert.FromHexString(hex)).Replace("\r\n", "\n", StringComparison.Ordinal))), emptyFoldersToo: false);
    }
}
