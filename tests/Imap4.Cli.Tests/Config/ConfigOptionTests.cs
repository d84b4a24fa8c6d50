namespace Imap4.Cli.Tests.Config;

/// <summary>The <c>-f</c>/<c>-a</c> options on the client commands.</summary>
public sealed class ConfigOptionTests
{
    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        int code = await CliApp.RunAsync(args, output, output, timeout.Token);
        return (code, output.ToString().Trim());
    }

    [Fact]
    public async Task AccountWithoutFile_IsAnError() =>
        Assert.Equal((1, "imap4: --account needs a config file: -f FILE."), await RunAsync("status", "INBOX", "-a", "work"));

    [Fact]
    public async Task MissingFile_IsAnError() =>
        Assert.Equal((1, "imap4: Config file /nonexistent/imap.ini does not exist."), await RunAsync("status", "INBOX", "-f", "/nonexistent/imap.ini"));

    [Fact]
    public async Task MalformedFile_NamesTheLine()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "bad.ini");
        await File.WriteAllTextAsync(path, "[DEFAULT]\nssl = sometimes\n");
        (int code, string output) = await RunAsync("search", "INBOX", "ALL", "-f", path);
        Assert.Equal(1, code);
        Assert.Equal("imap4: ssl = 'sometimes' is not a boolean: use 1/yes/true/on or 0/no/false/off.", output);
        await File.WriteAllTextAsync(path, "[DEFAULT]\nhost\n");
        Assert.Equal((1, $"imap4: {path}:2: expected 'key = value', got 'host'."), await RunAsync("watch", "INBOX", "-f", path));
    }
}
