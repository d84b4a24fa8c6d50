using Imap4.Server.Authentication;
using Imap4.Server.Transport;
using Microsoft.Extensions.Logging;

namespace Imap4.Server.Hosting;

/// <summary>What all sessions of one server share: options, connection counts, the login throttle, logging.</summary>
internal sealed class ServerState
{
    public ServerState(ImapServerOptions options, CancellationToken stopping)
    {
        Options = options;
        Stopping = stopping;
        Limiter = new ConnectionLimiter(options.MaxConnections, options.MaxConnectionsPerAddress);
        Throttle = new LoginThrottle(options.TimeProvider, options.MaxFailedLogins, options.FailedLoginWindow);
        SessionLogger = options.LoggerFactory.CreateLogger("Imap4.Server.Session");
        ConnectionLogger = options.LoggerFactory.CreateLogger("Imap4.Server.Connection");
    }

    public ImapServerOptions Options { get; }

    public CancellationToken Stopping { get; }

    public ConnectionLimiter Limiter { get; }

    public LoginThrottle Throttle { get; }

    /// <summary>Which messages IMAP4rev1 sessions have been told about (\Recent).</summary>
    public Mail.RecentTracker Recent { get; } = new();

    public ILogger SessionLogger { get; }

    public ILogger ConnectionLogger { get; }

    /// <summary>The host name used in CRAM-MD5 challenges.</summary>
    public string HostName { get; } = Environment.MachineName;
}
