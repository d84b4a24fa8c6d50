using System.Net;
using System.Net.Sockets;

namespace Imap4.Cli.Tests.Watch;

/// <summary>
/// Fault injection: a TCP proxy in front of a server that can drop every open connection and, while refusing,
/// close new ones at once (the server stays up; only the path to it breaks).
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly List<TcpClient> _open = [];
    private readonly Task _accept;
    private volatile bool _refusing;

    public FaultProxy(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        _accept = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Accepted { get; private set; }

    /// <summary>Closes every open connection; new ones are closed at once until <see cref="Resume"/>.</summary>
    public void DropAll()
    {
        _refusing = true;
        lock (_open)
        {
            foreach (TcpClient socket in _open) socket.Dispose();
            _open.Clear();
        }
    }

    public void Resume() => _refusing = false;

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
            Accepted++;
            if (_refusing)
            {
                client.Dispose();
                continue;
            }
            var upstream = new TcpClient();
            await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort);
            lock (_open)
            {
                _open.Add(client);
                _open.Add(upstream);
            }
            _ = PumpAsync(client, upstream);
            _ = PumpAsync(upstream, client);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // A dropped side ends the pump.
        }
        from.Dispose();
        to.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        DropAll();
        await _accept;
    }
}
