using System.Globalization;
using System.Text.Json;
using Imap4.Cli.Tests.Serve;

namespace Imap4.Cli.Tests.Client;

public sealed class MailboxCommandTests
{
    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        int code = await CliApp.RunAsync(args, output, output, timeout.Token);
        return (code, output.ToString());
    }

    private static string Ok((int Code, string Output) result)
    {
        Assert.True(result.Code == 0, result.Output);
        return result.Output;
    }

    private static string[] Login(RunningServe serve) =>
        ["-H", "127.0.0.1", "-p", serve.Info.Port.ToString(CultureInfo.InvariantCulture), "-u", "demo", "-P", serve.Info.DemoPassword!];

    [Fact]
    public async Task Status_ShowsCounters_AsTextAndJson()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string text = Ok(await RunAsync(["status", "INBOX", .. Login(serve)]));
        Assert.StartsWith("INBOX", text, StringComparison.Ordinal);
        Assert.Matches(@"messages\s+3", text);

        using JsonDocument json = JsonDocument.Parse(Ok(await RunAsync(["status", "INBOX", .. Login(serve), "--json"])));
        JsonElement root = json.RootElement;
        Assert.Equal("INBOX", root.GetProperty("folder").GetString());
        Assert.Equal(3, root.GetProperty("messages").GetInt32());
        Assert.Equal(2, root.GetProperty("unseen").GetInt32()); // the welcome message is \Seen
        Assert.Equal(4, root.GetProperty("uidnext").GetInt32());
        Assert.True(root.GetProperty("uidvalidity").GetInt64() > 0);
    }

    [Fact]
    public async Task Search_PrintsMatchingUids()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        Assert.Equal("1 2 3", Ok(await RunAsync(["search", "INBOX", "ALL", .. Login(serve)])).Trim());
        Assert.Equal("3", Ok(await RunAsync(["search", "INBOX", "UNSEEN", "FROM", "alice", .. Login(serve)])).Trim());
        Assert.Equal("2", Ok(await RunAsync(["search", "INBOX", "FROM", "Example News", .. Login(serve)])).Trim());
        Assert.Equal("2 3", Ok(await RunAsync(["search", "INBOX", "OR FROM \"alice\" (SUBJECT \"HTML\")", .. Login(serve)])).Trim());
        Assert.Equal("", Ok(await RunAsync(["search", "INBOX", "FROM", "nobody", .. Login(serve)])).Trim());

        using JsonDocument json = JsonDocument.Parse(Ok(await RunAsync(["search", "INBOX", "SUBJECT", "notes", "--json", .. Login(serve)])));
        Assert.Equal([3], json.RootElement.EnumerateArray().Select(e => e.GetInt32()));

        (int code, string output) = await RunAsync(["search", "INBOX", "FROM", .. Login(serve)]);
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: Bad search query", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_OneLinePerMessage_WithDecodedSubject()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string[] lines = Ok(await RunAsync(["fetch", "INBOX", "1:*", .. Login(serve)])).TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        // The first session to select INBOX sees the seeded messages as \Recent (the server follows IMAP4rev1 here).
        Assert.StartsWith("1\t(\\Seen \\Recent)\t", lines[0], StringComparison.Ordinal);
        Assert.Contains("Héllo in HTML — ünïcode subject", lines[1], StringComparison.Ordinal);
        Assert.Contains("Alice <alice@example.org>", lines[2], StringComparison.Ordinal);

        using JsonDocument json = JsonDocument.Parse(Ok(await RunAsync(["fetch", "INBOX", "2", "--items", "FLAGS ENVELOPE INTERNALDATE", "--json", .. Login(serve)])));
        JsonElement message = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(2, message.GetProperty("uid").GetInt32());
        Assert.Equal("Héllo in HTML — ünïcode subject", message.GetProperty("subject").GetString());
        Assert.Equal(JsonValueKind.Array, message.GetProperty("flags").ValueKind);
        Assert.True(message.TryGetProperty("internalDate", out _));

        Assert.Equal(1, (await RunAsync(["fetch", "INBOX", "x:y", .. Login(serve)])).Code);
    }

    [Fact]
    public async Task Read_PrintsHeadersAndText_WithoutSettingSeen()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string text = Ok(await RunAsync(["read", "INBOX", "1", .. Login(serve)]));
        Assert.Contains("From: Imap4 <postmaster@localhost>", text, StringComparison.Ordinal);
        Assert.Contains("To: demo@localhost", text, StringComparison.Ordinal);
        Assert.Contains("Subject: Welcome to Imap4", text, StringComparison.Ordinal);
        Assert.Contains("\nDate: ", text, StringComparison.Ordinal);
        Assert.Contains("Hello!", text, StringComparison.Ordinal);

        using JsonDocument json = JsonDocument.Parse(Ok(await RunAsync(["read", "INBOX", "2", "--json", .. Login(serve)])));
        Assert.Equal("Héllo in HTML — ünïcode subject", json.RootElement.GetProperty("subject").GetString());
        Assert.Contains("plain-text alternative", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Attachments: notes.txt (text/plain)", Ok(await RunAsync(["read", "INBOX", "3", .. Login(serve)])), StringComparison.Ordinal);

        // Message 2 was unseen and read above: still unseen.
        Assert.Equal("2 3", Ok(await RunAsync(["search", "INBOX", "UNSEEN", .. Login(serve)])).Trim());
        (int code, string output) = await RunAsync(["read", "INBOX", "99", .. Login(serve)]);
        Assert.Equal(1, code);
        Assert.Contains("No message with UID 99", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_PrintsTheNewUid()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string file = Path.Combine(temp.Data, "new.eml");
        await File.WriteAllTextAsync(file, "From: bob@example.org\r\nTo: demo@localhost\r\nSubject: Appended\r\n\r\nBody\r\n");
        Assert.Contains("UID 4", Ok(await RunAsync(["append", "INBOX", file, .. Login(serve)])), StringComparison.Ordinal);

        using JsonDocument json = JsonDocument.Parse(Ok(await RunAsync(["append", "INBOX", file, "--json", .. Login(serve)])));
        Assert.Equal(5, json.RootElement.GetProperty("uid").GetInt32());
        Assert.Equal("4", Ok(await RunAsync(["search", "INBOX", "SUBJECT", "Appended", "UID", "4", .. Login(serve)])).Trim());

        (int code, string output) = await RunAsync(["append", "INBOX", Path.Combine(temp.Data, "missing.eml"), .. Login(serve)]);
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: No such file", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_AreOneLine_UnlessVerbose()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (int code, string output) = await RunAsync(["status", "NoSuchFolder", .. Login(serve)]);
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);

        (code, output) = await RunAsync(["status", "NoSuchFolder", "--verbose", .. Login(serve)]);
        Assert.Equal(1, code);
        Assert.Contains("   at ", output, StringComparison.Ordinal);

        string port = serve.Info.Port.ToString(CultureInfo.InvariantCulture);
        (code, output) = await RunAsync("status", "INBOX", "-H", "127.0.0.1", "-p", port, "-u", "demo", "-P", "wrong");
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: ", output, StringComparison.Ordinal);

        (code, output) = await RunAsync("status", "INBOX", "-H", "127.0.0.1", "-p", "1", "-u", "demo", "-P", "x");
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: ", output, StringComparison.Ordinal);

        (code, _) = await RunAsync("status", "INBOX", "-H", "127.0.0.1", "-p", port);
        Assert.Equal(1, code);
    }

    [Fact]
    public async Task Status_OverTls_FailsOnAnUntrustedCertificate_AndWorksWithCafile()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string port = serve.Info.TlsPort.ToString(CultureInfo.InvariantCulture);
        string[] tls = ["-H", "127.0.0.1", "-p", port, "-s", "-u", "demo", "-P", serve.Info.DemoPassword!];
        (int code, string output) = await RunAsync(["status", "INBOX", .. tls]);
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: ", output, StringComparison.Ordinal);
        Assert.Contains("certificate", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        string caFile = Path.Combine(temp.Data, Imap4.Cli.Serve.DevelopmentCertificate.CertificateFileName);
        Assert.Contains("messages", Ok(await RunAsync(["status", "INBOX", "--cafile", caFile, .. tls])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadArguments_FailWithoutConnecting()
    {
        (int code, string output) = await RunAsync("read", "INBOX", "abc", "-u", "demo", "-P", "x", "-p", "1");
        Assert.NotEqual(0, code);
        Assert.Contains("abc", output, StringComparison.Ordinal);
        (code, output) = await RunAsync("search", "INBOX", "BEFORE", "notadate", "-u", "demo", "-P", "x", "-p", "1");
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: Bad search query", output, StringComparison.Ordinal);
        (code, output) = await RunAsync("status", "INBOX", "-s", "--starttls", "-u", "demo", "-P", "x", "-p", "1");
        Assert.Equal(1, code);
        Assert.Contains("not both", output, StringComparison.Ordinal);
    }
}
