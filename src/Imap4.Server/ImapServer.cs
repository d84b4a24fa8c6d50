using System.Net;
using Imap4.Server.Hosting;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Imap4.Server;

/// <summary>
/// An IMAP4rev2 server on Kestrel's connection layer: each <see cref="ImapEndpoint"/> is a Kestrel listener whose
/// connections run an IMAP session (plain with STARTTLS, or implicit TLS). No HTTP is served.
/// </summary>
public sealed class ImapServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<ListenOptions> _listeners = [];
    private KestrelServer? _kestrel;
    private ServiceProvider? _services;
    private ServerState? _state;

    /// <summary>Creates a server; nothing listens until <see cref="StartAsync"/>.</summary>
    /// <param name="options">The options.</param>
    public ImapServer(ImapServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options.</summary>
    public ImapServerOptions Options { get; }

    /// <summary>The addresses actually bound, in the order of <see cref="ImapServerOptions.Endpoints"/> (ports resolved).</summary>
    public IReadOnlyList<IPEndPoint> BoundEndPoints
    {
        get
        {
            var list = new List<IPEndPoint>(_listeners.Count);
            foreach (ListenOptions listener in _listeners) list.Add(listener.IPEndPoint!);
            return list;
        }
    }

    /// <summary>Open connections now.</summary>
    public int ConnectionCount => _state?.Limiter.Count ?? 0;

    /// <summary>Binds the listeners and starts accepting connections.</summary>
    /// <param name="cancellationToken">Cancels starting.</param>
    /// <returns>A task that completes when listening.</returns>
    /// <exception cref="InvalidOperationException">The options are invalid, or the server was already started.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_kestrel is not null) throw new InvalidOperationException("The server is already started.");
        Options.Validate();
        if (Options.Endpoints.Count == 0) Options.Endpoints.Add(new ImapEndpoint(new IPEndPoint(IPAddress.Loopback, 0)));
        foreach (ImapEndpoint endpoint in Options.Endpoints)
        {
            if (endpoint.Security == ImapEndpointSecurity.ImplicitTls && Options.Certificate is null)
                throw new InvalidOperationException($"Endpoint {endpoint.EndPoint} needs ImapServerOptions.Certificate for TLS.");
        }
        _state = new ServerState(Options, _stopping.Token);
        _services = new ServiceCollection().AddSingleton(Options.LoggerFactory).BuildServiceProvider();
        var dispatcher = new ConnectionDispatcher(_state);
        var kestrelOptions = new KestrelServerOptions { ApplicationServices = _services, AddServerHeader = false };
        foreach (ImapEndpoint endpoint in Options.Endpoints)
        {
            kestrelOptions.Listen(endpoint.EndPoint, listen =>
            {
                _listeners.Add(listen);
                listen.Run(connection => dispatcher.OnConnectedAsync(connection, endpoint));
            });
        }
        // Reading ahead is bounded: one whole command plus what may be pipelined behind it.
        var socketOptions = new SocketTransportOptions { MaxReadBufferSize = Options.MaxCommandSize + Options.MaxPipelinedBytes };
        var transport = new SocketTransportFactory(MsOptions.Create(socketOptions), Options.LoggerFactory);
        _kestrel = new KestrelServer(MsOptions.Create(kestrelOptions), transport, Options.LoggerFactory);
        await _kestrel.StartAsync(new NoHttpApplication(), cancellationToken).ConfigureAwait(false);
        Options.LoggerFactory.CreateLogger<ImapServer>().Listening(string.Join(", ", BoundEndPoints));
    }

    /// <summary>Stops accepting, says BYE to every session, and waits for connections to close.</summary>
    /// <param name="cancellationToken">Stops waiting: remaining connections are aborted.</param>
    /// <returns>A task that completes when stopped.</returns>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_kestrel is null) return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _kestrel.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the server (waiting at most a few seconds) and releases its resources.</summary>
    /// <returns>A task that completes when disposed.</returns>
    public async ValueTask DisposeAsync()
    {
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await StopAsync(cts.Token).ConfigureAwait(false);
        }
        _kestrel?.Dispose();
        _kestrel = null;
        if (_services is not null) await _services.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
