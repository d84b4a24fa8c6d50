using System.Net;
using Imap4.Cli.Common;
using Microsoft.Extensions.Logging;

namespace Imap4.Cli.Serve;

/// <summary>What <c>imap4 serve</c> was asked to do.</summary>
public sealed record ServeSettings
{
    /// <summary>The data directory (users file, SQLite store, development certificate).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Plain listeners (STARTTLS offered).</summary>
    public IReadOnlyList<IPEndPoint> Listen { get; init; } = [new(IPAddress.Loopback, 1143)];

    /// <summary>Implicit-TLS listeners.</summary>
    public IReadOnlyList<IPEndPoint> TlsListen { get; init; } = [new(IPAddress.Loopback, 1993)];

    /// <summary>A PEM certificate file, or null for the generated development certificate.</summary>
    public string? CertificateFile { get; init; }

    /// <summary>The PEM private key of <see cref="CertificateFile"/> (null when the certificate file holds it).</summary>
    public string? KeyFile { get; init; }

    /// <summary>The mail store.</summary>
    public StoreKind Store { get; init; } = StoreKind.Sqlite;

    /// <summary>An INI or JSON file with server limits (section <c>Server</c>) and log levels (section <c>Logging</c>).</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The password of the demo account created on first start, or null for a random one.</summary>
    public string? DemoPassword { get; init; }

    /// <summary>The minimum log level (the configuration file may refine it per category).</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Information;
}
