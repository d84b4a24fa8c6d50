using System.Net;
using System.Net.Sockets;

namespace Imap4.Testing;

/// <summary>Free TCP ports on 127.0.0.1 for servers a test or benchmark starts itself.</summary>
public static class LoopbackPort
{
    /// <summary>A port that was free a moment ago (the OS picks it; another process could still take it first).</summary>
    /// <returns>The port number.</returns>
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
