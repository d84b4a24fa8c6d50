using Imap4.Cli.Shell;

namespace Imap4.Cli.Tests.Shell;

/// <summary>The read-evaluate-print loop without a server (the client global is unused here).</summary>
public sealed class ShellSessionTests
{
    private static async Task<(int Failures, string Output, string Error)> RunAsync(string script)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var session = new ShellSession(new ShellEvaluator(new ShellGlobals(null!, output, timeout.Token)), output, error);
        int failures = await session.RunAsync(new RedirectedInput(new StringReader(script)), timeout.Token);
        return (failures, output.ToString(), error.ToString());
    }

    [Fact]
    public void CompleteSubmissions_AreRecognized()
    {
        Assert.True(ShellEvaluator.IsComplete("1 + 1"));
        Assert.True(ShellEvaluator.IsComplete("var x = 1;"));
        Assert.False(ShellEvaluator.IsComplete("if (true) {"));
        Assert.False(ShellEvaluator.IsComplete("var s = \"\"\"\nopen raw string"));
        Assert.False(ShellEvaluator.IsComplete("Foo(1,"));
    }

    [Fact]
    public async Task State_TasksAndAsyncStreams_AreHandled()
    {
        const string script = """
            var list = new List<int> { 3, 1, 2 };

            list.Order()
            Task.FromResult("awaited for you")
            Task.Delay(1)
            async IAsyncEnumerable<int> Count() { for (int i = 0; i < 3; i++) { await Task.Yield(); yield return i; } }
            Count()
            list.Sum();
            quit
            """;
        (int failures, string output, string error) = await RunAsync(script);
        Assert.Equal(0, failures);
        Assert.Equal("", error);
        Assert.Equal("[1, 2, 3]\n\"awaited for you\"\n[0, 1, 2]\n", output);
    }

    [Fact]
    public async Task UnfinishedEntry_AtTheEnd_IsReportedAsAnError()
    {
        (int failures, string output, string error) = await RunAsync("1\nif (true) {\n");
        Assert.Equal(1, failures);
        Assert.Equal("1\n", output);
        Assert.Contains("error CS1513", error, StringComparison.Ordinal); // } expected
    }
}
