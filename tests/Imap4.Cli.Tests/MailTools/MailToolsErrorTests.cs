using Imap4.Cli.Tests.Serve;

namespace Imap4.Cli.Tests.MailTools;

public sealed class MailToolsErrorTests
{
    [Fact]
    public async Task BadSourcesAndArguments_AreOneLineErrors_WithExitCode1()
    {
        using var temp = new TempDirectory();
        await using RunningServe serve = await RunningServe.StartAsync(temp.Data);
        var demo = new MailAccount(serve.Info.Port, "demo", serve.Info.DemoPassword!);
        string empty = Path.Combine(temp.Path, "empty");
        Directory.CreateDirectory(empty);
        string notMbox = Path.Combine(temp.Path, "notes.txt");
        await File.WriteAllTextAsync(notMbox, "just text\n");

        foreach ((string[] args, string message) in new (string[], string)[]
        {
            (["import", Path.Combine(temp.Path, "missing"), .. demo.Args], "No such file or directory"),
            (["import", empty, .. demo.Args], "is neither a Maildir"),
            (["import", notMbox, .. demo.Args], "Not an mbox file"),
            (["backup", Path.Combine(temp.Path, "b"), "--folders", "Nothing*", .. demo.Args], "No folder matches"),
            (["backup", Path.Combine(temp.Path, "b"), "--batch-size", "0", .. demo.Args], "batch size"),
            (["export", "NoSuchFolder", Path.Combine(temp.Path, "x.mbox"), .. demo.Args], ""),
            (["backup", Path.Combine(temp.Path, "b"), "-H", "127.0.0.1", "-p", "1", "-u", "demo", "-P", "x"], ""),
        })
        {
            (int code, string output) = await MailToolsRun.RunAsync(args);
            Assert.True(code == 1, string.Join(' ', args) + " → " + output);
            Assert.StartsWith("imap4: ", output, StringComparison.Ordinal);
            Assert.Contains(message, output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
    }
}
