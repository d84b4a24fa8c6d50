using System.Diagnostics;
using System.Text;
using Imap4.Cli.Tests.Serve;
using Imap4.Client;
using Xunit.Abstractions;

namespace Imap4.Cli.Tests.MailTools;

/// <summary><c>dotnet imap4.dll backup</c> killed with SIGKILL mid-way, then run again: nothing lost, nothing twice.</summary>
public sealed class KilledBackupProcessTests(ITestOutputHelper log)
{
    private const int Messages = 60;

    private static async Task SeedAsync(MailAccount account)
    {
        await using ImapClient client = await account.ConnectAsync();
        await client.CreateFolderAsync("Big");
        string filler = string.Concat(Enumerable.Repeat(new string('y', 76) + "\r\n", 400));
        for (int n = 0; n < Messages; n++)
            await client.AppendAsync("Big", Encoding.ASCII.GetBytes($"Subject: big {n}\r\n\r\nFrom here {n}\r\n{filler}"), SampleMail.FlagsOf(n), SampleMail.DateOf(n));
    }

    /// <summary>How many messages the backup has written so far (files, or From lines of the mbox).</summary>
    private static int Written(string backup, string format)
    {
        if (format == "maildir")
        {
            string folder = Path.Combine(backup, ".Big");
            return ((string[])["cur", "new"]).Select(d => Path.Combine(folder, d)).Where(Directory.Exists).Sum(d => Directory.GetFiles(d).Length);
        }
        string mbox = Path.Combine(backup, "Big.mbox");
        if (!File.Exists(mbox)) return 0;
        using var file = new FileStream(mbox, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file, Encoding.Latin1);
        int count = 0;
        while (reader.ReadLine() is { } line) if (line.StartsWith("From ", StringComparison.Ordinal)) count++;
        return count;
    }

    [Theory]
    [InlineData("maildir")]
    [InlineData("mbox")]
    public async Task KilledBackup_RunAgain_HasEveryMessageOnce(string format)
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (MailAccount demo, MailAccount fresh) = await BackupImportRoundTripTests.AccountsAsync(temp, serve, "fresh");
        await SeedAsync(demo);
        string backup = Path.Combine(temp.Path, "backup");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in (string[])[Path.Combine(AppContext.BaseDirectory, "imap4.dll"), "backup", backup, "--folders", "Big", "--format", format, "--batch-size", "4", .. demo.Args])
            start.ArgumentList.Add(arg);
        using (Process process = Process.Start(start)!)
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            // Kill (SIGKILL) as soon as some messages are on disk; if it finished first, the re-run has nothing to do.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && Written(backup, format) < 6 && DateTime.UtcNow < deadline) await Task.Delay(10);
            bool killed = !process.HasExited;
            if (killed) process.Kill();
            await process.WaitForExitAsync();
            await Task.WhenAll(output, error);
            log.WriteLine(killed ? $"killed with {Written(backup, format)} of {Messages} messages written" : "finished before the kill");
        }

        await MailToolsRun.OkAsync(["backup", backup, "--folders", "Big", "--format", format, "--batch-size", "4", .. demo.Args]);
        Assert.Equal(Messages, Written(backup, format));
        await MailToolsRun.OkAsync(["import", backup, .. fresh.Args]);
        Assert.Equal(await demo.SnapshotAsync("Big"), await fresh.SnapshotAsync("Big"));
    }
}
