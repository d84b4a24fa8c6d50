namespace Imap4.Cli.Tests.Serve;

/// <summary>The real <c>imap4 serve</c> command running in-process on free ports until disposed.</summary>
internal sealed class RunningServe : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task<int> _run;

    private RunningServe(NotifyingWriter output, CancellationTokenSource stop, Task<int> run)
    {
        Output = output;
        _stop = stop;
        _run = run;
    }

    public NotifyingWriter Output { get; }

    public ServeOutput Info { get; private set; } = new(0, 0, null);

    public static async Task<RunningServe> StartAsync(string dataDirectory, params string[] extra)
    {
        var output = new NotifyingWriter(ServeOutput.ReadyMarker);
        // Free ports unless the test chooses its own listeners.
        string[] listen = extra.Contains("--listen") ? [] : ["--listen", "127.0.0.1:0"];
        string[] tlsListen = extra.Contains("--tls-listen") ? [] : ["--tls-listen", "127.0.0.1:0"];
        string[] args = ["serve", "--data", dataDirectory, .. listen, .. tlsListen, "--log-level", "Error", .. extra];
        var stop = new CancellationTokenSource();
        Task<int> run = Task.Run(() => CliApp.RunAsync(args, output, output, stop.Token));
        var running = new RunningServe(output, stop, run);
        Task first = await Task.WhenAny(output.MarkerSeen, run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(first == output.MarkerSeen, "serve did not start: " + output.Text);
        running.Info = ServeOutput.Parse(output.Text);
        return running;
    }

    /// <summary>Stops the server as Ctrl+C would and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted) await StopAsync();
        _stop.Dispose();
    }
}
