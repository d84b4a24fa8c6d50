using System.Diagnostics;
using System.Globalization;
using Imap4.Protocol.Primitives;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Tests;

/// <summary>
/// Kills (SIGKILL) a child process in the middle of an append-and-flag storm from several tasks, reopens the database
/// and checks that every acknowledged change is there and intact, and that nothing is half there.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Tasks = 4;
    private const int AcksBeforeKill = 120;

    private sealed record Acks(List<(int Task, int Index, uint Uid)> Appends, List<(uint Uid, int Index, ulong ModSeq)> Flags);

    [Fact]
    public async Task Acknowledged_changes_survive_a_sigkill_and_nothing_is_half_there()
    {
        using var directory = new TempDirectory();
        Acks acks = await RunAndKillChildAsync(directory.Path);
        Assert.True(acks.Appends.Count >= AcksBeforeKill, $"only {acks.Appends.Count} appends were acknowledged");

        using (var raw = new SqliteConnection($"Data Source={Path.Combine(directory.Path, "mail.db")};Pooling=False"))
        {
            raw.Open();
            using SqliteCommand check = raw.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar());
        }

        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path);
        IMailbox inbox = await (await store.OpenAccountAsync(CrashChild.User)).OpenMailboxAsync(MailboxName.Inbox);
        Dictionary<uint, MessageInfo> messages = await inbox.GetMessagesAsync().ToDictionaryAsync(m => m.Uid);

        foreach ((int task, int index, uint uid) in acks.Appends)
        {
            Assert.True(messages.TryGetValue(uid, out MessageInfo? m), $"acknowledged UID {uid} is missing");
            Assert.True(m.HasFlag(CrashChild.TaskFlag(task)));
            Assert.Equal(CrashChild.Message(task, index), await ReadAsync(inbox, uid));
        }
        foreach ((uint uid, int index, ulong modSeq) in acks.Flags)
        {
            Assert.True(messages[uid].HasFlag(CrashChild.IndexFlag(index)), $"acknowledged flag on UID {uid} is missing");
            Assert.True(messages[uid].ModSeq >= modSeq);
        }
        await AssertEveryMessageIsWholeAsync(inbox, messages.Values);

        var quota = await (await store.OpenAccountAsync(CrashChild.User)).GetQuotaAsync();
        Assert.Equal(messages.Count, quota.Messages);
        Assert.Equal(messages.Values.Sum(m => m.Size), quota.StorageBytes);

        MailboxStatus status = await inbox.GetStatusAsync();
        uint maxUid = acks.Appends.Max(a => a.Uid);
        Assert.True(status.UidNext > maxUid);
        Assert.True(status.HighestModSeq >= acks.Flags.Select(f => f.ModSeq).DefaultIfEmpty().Max());
        AppendResult after = await inbox.AppendAsync(new MemoryStream(CrashChild.Message(99, 0)));
        Assert.True(after.Uids[0] > maxUid && after.Uids[0] >= status.UidNext);
        Assert.True((await inbox.GetStatusAsync()).HighestModSeq > status.HighestModSeq);
    }

    // Every message present, acknowledged or not, is one the child wrote, byte for byte, with only its own flags.
    private static async Task AssertEveryMessageIsWholeAsync(IMailbox inbox, IEnumerable<MessageInfo> messages)
    {
        foreach (MessageInfo m in messages)
        {
            byte[] content = await ReadAsync(inbox, m.Uid);
            string subject = System.Text.Encoding.ASCII.GetString(content).Split("\r\n")[1]; // "Subject: tT mI"
            string[] parts = subject["Subject: t".Length..].Split(" m");
            int task = int.Parse(parts[0], CultureInfo.InvariantCulture), index = int.Parse(parts[1], CultureInfo.InvariantCulture);
            Assert.Equal(CrashChild.Message(task, index), content);
            Assert.Equal(content.Length, m.Size);
            Assert.All(m.Flags, f => Assert.True(f == CrashChild.TaskFlag(task) || f == CrashChild.IndexFlag(index), $"unexpected flag {f}"));
        }
    }

    private static async Task<byte[]> ReadAsync(IMailbox inbox, uint uid)
    {
        await using Stream s = await inbox.OpenContentAsync(uid);
        using var ms = new MemoryStream();
        await s.CopyToAsync(ms);
        return ms.ToArray();
    }

    private static async Task<Acks> RunAndKillChildAsync(string directory)
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var info = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { typeof(CrashChild).Assembly.Location, "crash-child", directory, Tasks.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(a);
        using Process child = Process.Start(info) ?? throw new InvalidOperationException("the child did not start");
        Task<string> errors = child.StandardError.ReadToEndAsync();
        var acks = new Acks([], []);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(25));
        bool killed = false;
        while (await child.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            Record(acks, line);
            if (!killed && acks.Appends.Count >= AcksBeforeKill)
            {
                child.Kill(entireProcessTree: true); // SIGKILL: no finalizers, no flush, mid-transaction
                killed = true;
            }
        }
        await child.WaitForExitAsync(deadline.Token);
        Assert.NotEqual(0, child.ExitCode);
        Assert.True(killed, "the child ended before it was killed: " + await errors);
        return acks;
    }

    // Lines already in the pipe when the child died were printed after their change returned: they count.
    private static void Record(Acks acks, string line)
    {
        string[] f = line.Split(' ');
        if (f[0] == "A") acks.Appends.Add((int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), uint.Parse(f[3], CultureInfo.InvariantCulture)));
        else if (f[0] == "F") acks.Flags.Add((uint.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), ulong.Parse(f[3], CultureInfo.InvariantCulture)));
    }
}
