using System.Globalization;
using System.Text.Json;
using Imap4.Cli.Tests.Serve;
using Imap4.Client;
using Imap4.Testing;

namespace Imap4.Cli.Tests.Watch;

public sealed class WatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static string[] Login(int port, RunningServe serve) =>
        ["-H", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-u", "demo", "-P", serve.Info.DemoPassword!];

    private static Task AppendAsync(RunningServe serve, string subject) => AppendAsync(serve.Info.Port, serve.Info.DemoPassword!, subject);

    private static async Task AppendAsync(int port, string password, string subject)
    {
        await using ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", port, new ImapClientOptions
        {
            Connection = new ImapConnectionOptions { SecurityMode = ImapSecurityMode.None },
        });
        await client.LoginAsync("demo", password);
        byte[] message = System.Text.Encoding.UTF8.GetBytes($"From: Carol <carol@example.com>\r\nSubject: {subject}\r\nDate: Sun, 22 Nov 2026 06:00:00 +0000\r\n\r\nhello\r\n");
        await client.AppendAsync("INBOX", message);
        await client.SelectAsync("INBOX");
        await client.AddFlagsAsync(MessageSet.Of(1), [Imap4.Protocol.Primitives.Flag.Flagged]);
        await client.LogoutAsync();
    }

    private static async Task WaitForAsync(NotifyingWriter writer, string text, Task<int> run)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (!writer.Text.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(run.IsCompleted, $"watch ended early: {writer.Text}");
            Assert.False(deadline.IsCancellationRequested, $"'{text}' not seen in: {writer.Text}");
            await Task.Delay(20);
        }
    }

    private static JsonElement[] JsonLines(string text) =>
        [.. text.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    [Fact]
    public async Task NewMessage_FlagChange_AndExpunge_ArePrinted_AndCtrlCEndsWith0()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        var output = new NotifyingWriter("\"event\":\"new\"");
        var notices = new NotifyingWriter("watching INBOX");
        using var stop = new CancellationTokenSource();
        Task<int> run = CliApp.RunAsync(["watch", "INBOX", "--json", .. Login(serve.Info.Port, serve)], output, notices, stop.Token);
        await WaitForAsync(notices, "watching INBOX (3 messages, last UID 3)", run);

        await AppendAsync(serve, "watched arrival");
        await WaitForAsync(output, "\"event\":\"flags\"", run);
        await using (ImapClient other = await ImapClient.ConnectAsync("127.0.0.1", serve.Info.Port, new ImapClientOptions
        {
            Connection = new ImapConnectionOptions { SecurityMode = ImapSecurityMode.None },
        }))
        {
            await other.LoginAsync("demo", serve.Info.DemoPassword!);
            await other.SelectAsync("INBOX");
            await other.AddFlagsAsync(MessageSet.Of(2), [Imap4.Protocol.Primitives.Flag.Deleted]);
            await other.ExpungeAsync();
        }
        await WaitForAsync(output, "\"event\":\"expunged\"", run);
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(Patience));

        JsonElement[] events = JsonLines(output.Text);
        JsonElement arrival = Assert.Single(events, e => e.GetProperty("event").GetString() == "new");
        Assert.Equal(4, arrival.GetProperty("uid").GetInt32());
        Assert.Equal("watched arrival", arrival.GetProperty("subject").GetString());
        Assert.Equal("Carol <carol@example.com>", arrival.GetProperty("from").GetString());
        Assert.Equal("Sun, 22 Nov 2026 06:00:00 +0000", arrival.GetProperty("date").GetString());
        JsonElement flags = events.First(e => e.GetProperty("event").GetString() == "flags");
        Assert.Contains("\\Flagged", flags.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(2, events.Single(e => e.GetProperty("event").GetString() == "expunged").GetProperty("seq").GetInt32());
    }

    [Fact]
    public async Task DroppedConnection_Reconnects_AndPrintsWhatArrivedMeanwhile()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        await using var proxy = new FaultProxy(serve.Info.Port);
        var output = new NotifyingWriter("new\t");
        var notices = new NotifyingWriter("watching INBOX");
        using var stop = new CancellationTokenSource();
        Task<int> run = CliApp.RunAsync(["watch", "INBOX", "--retry-delay", "0.1", "--max-retry-delay", "0.5", .. Login(proxy.Port, serve)], output, notices, stop.Token);
        await WaitForAsync(notices, "watching INBOX", run);

        proxy.DropAll();
        await WaitForAsync(notices, "connection lost", run);
        await AppendAsync(serve, "while you were away"); // directly to the server: the watch cannot see it live
        proxy.Resume();
        await WaitForAsync(notices, "reconnected; watching INBOX", run);
        await WaitForAsync(output, "while you were away", run);
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(Patience));

        string line = Assert.Single(output.Text.Split('\n'), l => l.StartsWith("new\t", StringComparison.Ordinal));
        Assert.Equal("new\t4\tSun, 22 Nov 2026 06:00:00 +0000\tCarol <carol@example.com>\twhile you were away", line.TrimEnd('\r'));
        Assert.True(proxy.Accepted >= 2);
    }

    [Fact]
    public async Task ServerRestart_Reconnects_AndPrintsTheNextMessage()
    {
        using var temp = new TempDirectory();
        string listen = "127.0.0.1:" + LoopbackPort.Free().ToString(CultureInfo.InvariantCulture);
        RunningServe first = await RunningServe.StartAsync(temp.Data, "--listen", listen);
        string password = first.Info.DemoPassword!;
        int port = first.Info.Port;
        var output = new NotifyingWriter("new\t");
        var notices = new NotifyingWriter("watching INBOX");
        using var stop = new CancellationTokenSource();
        string[] login = ["-H", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-u", "demo", "-P", password];
        Task<int> run = CliApp.RunAsync(["watch", "INBOX", "--retry-delay", "0.2", "--max-retry-delay", "1", .. login], output, notices, stop.Token);
        await WaitForAsync(notices, "watching INBOX", run);

        Assert.Equal(0, await first.StopAsync()); // the server closes every connection on shutdown
        await first.DisposeAsync();
        await WaitForAsync(notices, "connection lost", run);
        await using RunningServe second = await RunningServe.StartAsync(temp.Data, "--listen", listen);
        await WaitForAsync(notices, "reconnected; watching INBOX", run);
        await AppendAsync(port, password, "after the restart");
        await WaitForAsync(output, "after the restart", run);
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(Patience));
        Assert.StartsWith("new\t4\t", Assert.Single(output.Text.Split('\n'), l => l.StartsWith("new\t", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnDovecot_NewMessage_IsPrinted()
    {
        await using Imap4.Testing.DovecotServer dovecot = await Imap4.Testing.DovecotServer.StartAsync();
        string user = Imap4.Testing.DovecotServer.User;
        string password = Imap4.Testing.DovecotServer.Password;
        var output = new NotifyingWriter("new\t");
        var notices = new NotifyingWriter("watching INBOX");
        using var stop = new CancellationTokenSource();
        Task<int> run = CliApp.RunAsync(["watch", "INBOX", "-H", "127.0.0.1", "-p", dovecot.Port.ToString(CultureInfo.InvariantCulture), "-u", user, "-P", password],
            output, notices, stop.Token);
        await WaitForAsync(notices, "watching INBOX (0 messages, last UID 0)", run);
        await using (ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", dovecot.Port, new ImapClientOptions
        {
            Connection = new ImapConnectionOptions { SecurityMode = ImapSecurityMode.None },
        }))
        {
            await client.LoginAsync(user, password);
            await client.AppendAsync("INBOX", "From: dave@example.com\r\nSubject: from dovecot\r\n\r\nhi\r\n"u8.ToArray());
            await client.LogoutAsync();
        }
        await WaitForAsync(output, "from dovecot", run);
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(Patience));
        Assert.StartsWith("new\t1\t", output.Text, StringComparison.Ordinal);
        Assert.Contains("dave@example.com\tfrom dovecot", output.Text, StringComparison.Ordinal);
    }


    [Fact]
    public async Task UnreachableServer_AtStart_IsAClearError()
    {
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(Patience);
        int code = await CliApp.RunAsync(["watch", "INBOX", "-H", "127.0.0.1", "-p", "1", "-u", "demo", "-P", "x"], output, output, timeout.Token);
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: ", output.ToString(), StringComparison.Ordinal);
    }
}
