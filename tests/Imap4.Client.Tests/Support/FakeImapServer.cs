using System.Net;
using System.Net.Sockets;

namespace Imap4.Client.Tests.Support;

/// <summary>
/// A scripted IMAP server on 127.0.0.1 for exact-behaviour tests: accepts one connection and runs the script, which
/// sends given lines and reads what the client sent. Await <see cref="Completion"/> to surface the script's failures.
/// </summary>
internal sealed class FakeImapServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(30));

    private FakeImapServer(Func<FakeSession, Task> script)
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Completion = done.Task;
        _run = RunAsync(script, done);
    }

    private readonly Task _run;

    public int Port { get; }

    /// <summary>Completes when the script has run; faults with its exception.</summary>
    public Task Completion { get; }

    public static FakeImapServer Start(Func<FakeSession, Task> script) => new(script);

    // The script's outcome is Completion; afterwards the connection stays open until the client closes it.
    private async Task RunAsync(Func<FakeSession, Task> script, TaskCompletionSource done)
    {
        try
        {
            using TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var session = new FakeSession(client, _stop.Token);
            try
            {
                await script(session);
                done.TrySetResult();
            }
            catch (Exception e)
            {
                done.TrySetException(e);
                return;
            }
            await session.DrainAsync();
        }
        catch (Exception e)
        {
            done.TrySetException(e);
        }
    }

    /// <summary>Connection options suited to the fake: loopback, short timeouts, fixed tag prefix.</summary>
    public static ImapConnectionOptions Options(ImapConnectionOptions? baseOptions = null) =>
        (baseOptions ?? ImapConnectionOptions.Default) with
        {
            SecurityMode = ImapSecurityMode.None,
            TagPrefix = "A",
            ConnectTimeout = TimeSpan.FromSeconds(10),
            ReadTimeout = TimeSpan.FromSeconds(10),
        };

    public Task<ImapConnection> ConnectAsync(ImapConnectionOptions? options = null) =>
        ImapConnection.ConnectAsync("127.0.0.1", Port, options ?? Options());

    /// <summary>Stops the server; a failed script is rethrown, since its assertion is usually the root cause.</summary>
    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _stop.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await _run;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
        if (Completion.IsFaulted && Completion.Exception!.InnerException is not (OperationCanceledException or IOException or System.Net.Sockets.SocketException))
            throw new InvalidOperationException("The fake server's script failed", Completion.Exception.InnerException);
    }
}
