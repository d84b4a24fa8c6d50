namespace Imap4.Cli.Tests.MailTools;

/// <summary>Runs the CLI in-process and returns its exit code and output.</summary>
internal static class MailToolsRun
{
    public static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        int code = await CliApp.RunAsync(args, output, output, timeout.Token);
        return (code, output.ToString());
    }

    public static async Task<string> OkAsync(params string[] args)
    {
        (int code, string output) = await RunAsync(args);
        Assert.True(code == 0, output);
        return output;
    }

    /// <summary>Runs with standard output and error apart; asserts success and returns standard output.</summary>
    public static async Task<(string Output, string Error)> OkSplitAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        int code = await CliApp.RunAsync(args, output, error, timeout.Token);
        Assert.True(code == 0, error.ToString());
        return (output.ToString(), error.ToString());
    }
}
