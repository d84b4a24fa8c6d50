using System.Globalization;
using Imap4.Cli.Tests.Serve;
using Imap4.Testing;

namespace Imap4.Cli.Tests.Shell;

/// <summary><c>imap4 shell</c> as a child process, fed a script on standard input.</summary>
public sealed class ShellProcessTests
{
    private const string Script = """
        var f = await c.ListFoldersAsync();
        f.Count
        f.Select(x => x.Name).ToList()
        var total = 0;
        foreach (var name in new[] { "a", "bb" })
        {
            total += name.Length;
            Print(name);
        }
        total
        (await c.SelectAsync("INBOX")).Exists
        c.GetStatusAsync("INBOX")
        exit
        "never reached"
        """;

    private static string[] Connect(int port, string user, string password) =>
        ["shell", "-H", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-u", user, "-P", password];

    [Fact]
    public async Task Script_OnOurServer_PrintsResults_KeepsState_AndHandlesMultiLineEntries()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (int code, string output, string error) = await ToolProcess.RunAsync(Script, Connect(serve.Info.Port, "demo", serve.Info.DemoPassword!));
        Assert.True(code == 0, output + error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("1", lines[0]);
        Assert.Equal("[\"INBOX\"]", lines[1]);
        Assert.Equal(["\"a\"", "\"bb\"", "3", "3"], lines[2..6]);
        Assert.StartsWith("FolderStatus { Name = \"INBOX\", Messages = 3,", lines[6], StringComparison.Ordinal);
        Assert.Equal(7, lines.Length); // exit ended the script
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Errors_AreOneLine_TheSessionGoesOn_AndTheExitCodeIs1()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        const string script = """
            var n = 41;
            undefinedName
            await c.SelectAsync("NoSuchFolder")
            throw new InvalidOperationException("boom\nsecond line");
            n + 1
            """;
        (int code, string output, string error) = await ToolProcess.RunAsync(script, Connect(serve.Info.Port, "demo", serve.Info.DemoPassword!));
        Assert.Equal(1, code);
        Assert.Equal("42\n", output);
        string[] errors = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, errors.Length);
        Assert.Contains("error CS0103: The name 'undefinedName' does not exist", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("ImapCommandException: SELECT failed:", errors[1], StringComparison.Ordinal);
        Assert.Equal("InvalidOperationException: boom second line", errors[2]);
    }

    [Fact]
    public async Task Script_OnDovecot_CreatesAppendsAndSearches()
    {
        await using DovecotServer dovecot = await DovecotServer.StartAsync();
        const string script = """
            await c.CreateFolderAsync("Shell");
            var message = "From: a@example.com\r\nSubject: from the shell\r\n\r\nhi\r\n"u8.ToArray();
            (await c.AppendAsync("Shell", message)).Uids.Count
            await c.SelectAsync("Shell");
            (await c.SearchAsync(SearchQuery.Subject("shell"))).ToList()
            (await c.ListFoldersAsync()).Any(f => f.Name == "Shell")
            """;
        (int code, string output, string error) = await ToolProcess.RunAsync(script, Connect(dovecot.Port, DovecotServer.User, DovecotServer.Password));
        Assert.True(code == 0, output + error + dovecot.ReadLog());
        Assert.Equal("1\n[1]\ntrue\n", output);
    }

    [Fact]
    public async Task MissingPassword_WithAScriptOnStdin_IsAClearError()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        (int code, string output, string error) = await ToolProcess.RunAsync("1 + 1\n", "shell", "-H", "127.0.0.1", "-p", serve.Info.Port.ToString(CultureInfo.InvariantCulture), "-u", "demo");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith("imap4: No password for demo: give -P", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingHostAndUser_WithoutATerminal_AreClearErrors()
    {
        (int code, _, string error) = await ToolProcess.RunAsync("", "shell", "-u", "demo", "-P", "x");
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: No host: give -H HOST or 'host' in the config file", error, StringComparison.Ordinal);
        (code, _, error) = await ToolProcess.RunAsync("", "shell", "-H", "127.0.0.1", "-P", "x");
        Assert.Equal(1, code);
        Assert.StartsWith("imap4: No username: give -u NAME", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigFile_Account_SuppliesTheConnection()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        string config = Path.Combine(temp.Path, "imap.ini");
        await File.WriteAllTextAsync(config, $"""
            [DEFAULT]
            host = 127.0.0.1
            port = {serve.Info.Port.ToString(CultureInfo.InvariantCulture)}
            ssl = no

            [demo]
            username = demo
            password = {serve.Info.DemoPassword}
            """);
        (int code, string output, string error) = await ToolProcess.RunAsync("(await c.GetStatusAsync(\"INBOX\")).Messages\n", "shell", "-f", config, "--account", "demo");
        Assert.True(code == 0, output + error);
        Assert.Equal("3\n", output);
    }
}
