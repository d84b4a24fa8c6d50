using System.Globalization;
using System.Text.Json;
using Imap4.Cli.Serve;
using Imap4.Cli.Tests.Serve;

namespace Imap4.Cli.Tests.Client;

public sealed class ClientCommandTests
{
    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        int code = await CliApp.RunAsync(args, output, output, timeout.Token);
        return (code, output.ToString());
    }

    private static void AssertOk((int Code, string Output) result) => Assert.True(result.Code == 0, result.Output);

    private static string[] Login(RunningServe serve) =>
        ["-H", "127.0.0.1", "-p", serve.Info.Port.ToString(CultureInfo.InvariantCulture), "-u", "demo", "-P", serve.Info.DemoPassword!];

    [Fact]
    public async Task Folders_ListsInbox_AsTextAndJson()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (int code, string text) = await RunAsync(["folders", .. Login(serve)]);
        Assert.Equal(0, code);
        Assert.StartsWith("INBOX", text, StringComparison.Ordinal);

        (code, string json) = await RunAsync(["folders", .. Login(serve), "--json"]);
        Assert.Equal(0, code);
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement inbox = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("INBOX", inbox.GetProperty("name").GetString());
        Assert.Equal("/", inbox.GetProperty("delimiter").GetString());
    }

    [Fact]
    public async Task Folders_OverTls_TrustsTheDevelopmentCertificate()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string caFile = Path.Combine(temp.Data, DevelopmentCertificate.CertificateFileName);
        string port = serve.Info.TlsPort.ToString(CultureInfo.InvariantCulture);
        AssertOk(await RunAsync("folders", "-H", "127.0.0.1", "-p", port, "-s", "--cafile", caFile, "-u", "demo", "-P", serve.Info.DemoPassword!));
        (int code, string output) = await RunAsync("folders", "-H", "127.0.0.1", "-p", port, "-s", "-u", "demo", "-P", serve.Info.DemoPassword!);
        Assert.Equal(1, code);
        Assert.Contains("certificate", output, StringComparison.Ordinal);
        AssertOk(await RunAsync("folders", "-H", "127.0.0.1", "-p", port, "-s", "--insecure", "-u", "demo", "-P", serve.Info.DemoPassword!));
    }

    [Fact]
    public async Task Folders_WithStartTls_OnThePlainPort()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string caFile = Path.Combine(temp.Data, DevelopmentCertificate.CertificateFileName);
        string port = serve.Info.Port.ToString(CultureInfo.InvariantCulture);
        // Repeated: the server once discarded a fast ClientHello after its OK; it now drops pipelined input before the OK.
        for (int i = 0; i < 5; i++)
            AssertOk(await RunAsync("folders", "-H", "127.0.0.1", "-p", port, "--starttls", "--cafile", caFile, "-u", "demo", "-P", serve.Info.DemoPassword!));
    }

    [Fact]
    public async Task Raw_PrintsResponses_AndFailsOnBad()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (int code, string output) = await RunAsync(["raw", .. Login(serve), "SELECT INBOX", "STATUS INBOX (MESSAGES)"]);
        Assert.Equal(0, code);
        Assert.Contains("* 3 EXISTS", output, StringComparison.Ordinal);
        Assert.Contains("* STATUS INBOX (MESSAGES 3)", output, StringComparison.Ordinal);

        (code, output) = await RunAsync(["raw", .. Login(serve), "NOOP", "BOGUS"]);
        Assert.Equal(1, code);
        Assert.Contains("BAD", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_Json_HasOneObjectPerCommand()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (int code, string json) = await RunAsync(["raw", .. Login(serve), "--json", "NOOP", "SELECT INBOX"]);
        Assert.Equal(0, code);
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement[] results = [.. document.RootElement.EnumerateArray()];
        Assert.Equal(2, results.Length);
        Assert.Equal("NOOP", results[0].GetProperty("command").GetString());
        Assert.Equal("OK", results[1].GetProperty("status").GetString());
        Assert.Contains(results[1].GetProperty("untagged").EnumerateArray(), e => e.GetString() == "* 3 EXISTS");
    }

    [Fact]
    public async Task WrongPassword_FailsWithExitCode1()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string port = serve.Info.Port.ToString(CultureInfo.InvariantCulture);
        (int code, string output) = await RunAsync("folders", "-H", "127.0.0.1", "-p", port, "-u", "demo", "-P", "wrong");
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: ", output, StringComparison.Ordinal);
    }
}
