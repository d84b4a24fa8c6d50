using System.Diagnostics;
using System.Text;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Session;

/// <summary>
/// A session sends thousands of hostile lines while another keeps working: every line gets an answer (or the
/// connection ends with BYE), the working session is never disturbed, memory stays bounded and stored mail is intact.
/// </summary>
[Collection(nameof(MemoryMeasuredGroup))]
public sealed class HostileInputTests
{
    private const int Lines = 3_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task Hostile_lines_get_answers_while_another_session_works_and_mail_is_unchanged()
    {
        await using var server = await Servers.StartAsync(o => o.MaxFailedLogins = 1_000_000);
        server.AddUser("mallory", "secret");
        await MailClient.DeliverAsync(server, 5);
        for (int i = 1; i <= 3; i++) await server.DeliverAsync("mallory", MailClient.Message($"Mallory {i}"));
        await using TestClient worker = await MailClient.LoginAsync(server);
        MailClient.Ok(await worker.CommandAsync("S0", "SELECT INBOX"));
        List<string> before = MailClient.Ok(await worker.CommandAsync("F0", "UID FETCH 1:* (FLAGS BODY.PEEK[])"));
        long memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        using var stop = new CancellationTokenSource();
        Task<int> working = KeepWorkingAsync(worker, stop.Token);
        HostileStats stats;
        try
        {
            stats = await SendHostileLinesAsync(server.Port);
        }
        finally
        {
            await stop.CancelAsync();
        }
        int rounds = await working;

        long memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        List<string> after = MailClient.Ok(await worker.CommandAsync("F1", "UID FETCH 1:* (FLAGS BODY.PEEK[])"));
        Assert.Equal(before, after);
        Assert.Contains(before, l => l.Contains("Subject: Message 5", StringComparison.Ordinal));
        Assert.True(stats.Sent >= 300, $"only {stats.Sent} lines were sent");
        Assert.True(stats.Reconnects > 0, "no hostile line ever ended a connection");
        Assert.True(rounds > 0, "the working session made no progress");
        Assert.True(memoryAfter - memoryBefore < 64L * 1024 * 1024, $"managed memory grew from {memoryBefore} to {memoryAfter}");
    }

    private sealed record HostileStats(int Sent, int Reconnects);

    private static async Task<HostileStats> SendHostileLinesAsync(int port)
    {
        var generator = new HostileLines(seed: 20251103, maxLineLength: 65_536);
        var clock = Stopwatch.StartNew();
        TestClient client = await ConnectAsync(port, login: false);
        int sent = 0, reconnects = 0;
        try
        {
            for (; sent < Lines && clock.Elapsed < Budget; sent++)
            {
                HostileLines.Line line = generator.Next();
                bool open = await ExchangeAsync(client, line, sent);
                if (open) continue;
                await client.DisposeAsync();
                client = await ConnectAsync(port, login: sent % 2 == 0);
                reconnects++;
            }
        }
        finally
        {
            await client.DisposeAsync();
        }
        return new HostileStats(sent, reconnects);
    }

    private static async Task<TestClient> ConnectAsync(int port, bool login)
    {
        TestClient client = await TestClient.ConnectAsync(port);
        Assert.StartsWith("* OK", client.Greeting, StringComparison.Ordinal);
        if (login) Assert.StartsWith("L OK", (await client.CommandAsync("L", "LOGIN mallory secret"))[^1], StringComparison.Ordinal);
        return client;
    }

    /// <summary>Sends one line and reads to its final answer. False when the connection ended (after BYE or a reset).</summary>
    private static async Task<bool> ExchangeAsync(TestClient client, HostileLines.Line line, int index)
    {
        string what = $"line {index} ({line.Kind}): {Describe(line.Bytes)}";
        try
        {
            await client.SendAsync(line.Bytes);
        }
        catch (IOException)
        {
            return false; // the server hung up while a huge line was still being written
        }
        while (true)
        {
            string response;
            try
            {
                response = await client.ReadLineAsync();
            }
            catch (EndOfStreamException e)
            {
                Assert.Fail($"connection closed without BYE after {what}: {e.Message}");
                throw;
            }
            catch (IOException)
            {
                return false;
            }
            if (response.StartsWith("* BYE", StringComparison.Ordinal))
            {
                Assert.True(await client.IsClosedAsync(), $"BYE without close after {what}");
                return false;
            }
            if (response.StartsWith('+'))
            {
                Assert.False(line.MustFail, $"continuation for {what}");
                bool idle = Encoding.Latin1.GetString(line.Bytes).Contains("IDLE", StringComparison.OrdinalIgnoreCase);
                await client.SendAsync(idle ? "DONE\r\n" : "*\r\n");
                continue;
            }
            // A well-formed line must get its own tagged answer: this also proves the exchange never went out of step.
            string? tag = line.Kind == "valid" ? Encoding.ASCII.GetString(line.Bytes).Split(' ')[0] : null;
            if (response.StartsWith("* BAD", StringComparison.Ordinal) && tag is null) return true;
            if (response.StartsWith("* ", StringComparison.Ordinal)) continue;
            string[] parts = response.Split(' ', 3);
            Assert.True(parts.Length >= 2 && parts[1] is "OK" or "NO" or "BAD", $"unexpected answer '{response}' to {what}");
            Assert.True(tag is null || parts[0] == tag, $"answer '{response}' is not tagged {tag}: {what}");
            Assert.False(line.MustFail && parts[1] == "OK", $"OK for {what}");
            Assert.True(line.Kind != "invalid utf-8" || parts[1] == "BAD", $"'{response}' instead of BAD for {what}");
            return true;
        }
    }

    private static string Describe(byte[] bytes)
    {
        string text = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 120));
        return $"[{bytes.Length} bytes] " + text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
    }

    /// <summary>NOOP, SELECT and FETCH in a loop on a second session: each must be answered OK.</summary>
    private static async Task<int> KeepWorkingAsync(TestClient worker, CancellationToken stop)
    {
        int rounds = 0;
        while (!stop.IsCancellationRequested)
        {
            MailClient.Ok(await worker.CommandAsync("W1", "NOOP"));
            List<string> selected = MailClient.Ok(await worker.CommandAsync("W2", "SELECT INBOX"));
            Assert.Contains("* 5 EXISTS", selected);
            List<string> fetched = MailClient.Ok(await worker.CommandAsync("W3", "FETCH 1:5 (UID FLAGS)"));
            Assert.Equal(5, fetched.Count);
            rounds++;
            await Task.Delay(20, CancellationToken.None);
        }
        return rounds;
    }
}
