using System.Net;
using Imap4.Server.Session;
using Imap4.Server.Transport;
using Microsoft.AspNetCore.Connections;

namespace Imap4.Server.Hosting;

/// <summary>
/// The Kestrel connection delegate of every IMAP listener: enforces connection limits, performs the implicit TLS
/// handshake (with its timeout), and runs the session.
/// </summary>
internal sealed class ConnectionDispatcher(ServerState server)
{
    public async Task OnConnectedAsync(ConnectionContext connection, ImapEndpoint endpoint)
    {
        var remote = connection.RemoteEndPoint as IPEndPoint;
        IPAddress address = ImapSession.Normalize(remote?.Address ?? IPAddress.None);
        using ConnectionLimiter.Lease? lease = server.Limiter.TryAcquire(address);
        if (lease is null)
        {
            server.ConnectionLogger.ConnectionRefused(address);
            await RefuseAsync(connection, endpoint).ConfigureAwait(false);
            return;
        }
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(connection.ConnectionClosed, server.Stopping);
        SessionTransport transport = new(connection.Transport);
        await using (transport.ConfigureAwait(false))
        {
            try
            {
                if (endpoint.Security == ImapEndpointSecurity.ImplicitTls)
                    await transport.UpgradeToTlsAsync(server.Options.Certificate!, server.Options.TlsHandshakeTimeout, cts.Token).ConfigureAwait(false);
                ImapSession session = new(server, transport, endpoint, remote, connection.LocalEndPoint as IPEndPoint, connection.ConnectionId);
                await using (session.ConfigureAwait(false))
                {
                    await session.RunAsync(cts.Token).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (ImapSession.IsDisconnect(e) || e is OperationCanceledException)
            {
                server.ConnectionLogger.ConnectionEnded(connection.ConnectionId, address, e);
            }
        }
    }

    // A plain listener says why; on a TLS listener nothing can be said before the handshake, so just close.
    private static async Task RefuseAsync(ConnectionContext connection, ImapEndpoint endpoint)
    {
        if (endpoint.Security != ImapEndpointSecurity.Plain) return;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await connection.Transport.Output.WriteAsync("* BYE [UNAVAILABLE] Too many connections; try again later.\r\n"u8.ToArray(), cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client is already gone.
        }
    }
}
