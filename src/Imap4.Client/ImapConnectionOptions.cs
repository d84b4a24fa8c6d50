using System.Security.Cryptography.X509Certificates;
using Imap4.Protocol.Wire;
using Microsoft.Extensions.Logging;

namespace Imap4.Client;

/// <summary>
/// Settings of an <see cref="ImapConnection"/>: security, TLS validation, timeouts, limits and logging. Secure by
/// default: certificates and host names are validated, and passwords are never sent in clear text to a remote host.
/// </summary>
public sealed record ImapConnectionOptions
{
    /// <summary>The defaults.</summary>
    public static ImapConnectionOptions Default { get; } = new();

    /// <summary>How a TCP connection is secured. Default <see cref="ImapSecurityMode.Auto"/>.</summary>
    public ImapSecurityMode SecurityMode { get; init; } = ImapSecurityMode.Auto;

    /// <summary>
    /// The name the server certificate must match. Null: the host given to
    /// <see cref="ImapConnection.ConnectAsync(string, int, ImapConnectionOptions?, CancellationToken)"/> (needed for
    /// STARTTLS over a caller's stream or a child process).
    /// </summary>
    public string? TlsHostName { get; init; }

    /// <summary>
    /// A PEM (one or more certificates) or DER file of certificate authorities to trust <em>instead of</em> the system
    /// store, e.g. a private CA or a self-signed server certificate. Host-name validation still applies.
    /// </summary>
    public string? CaFile { get; init; }

    /// <summary>Certificate authorities to trust instead of the system store (added to those of <see cref="CaFile"/>).</summary>
    public X509Certificate2Collection? TrustedCertificates { get; init; }

    /// <summary>A client certificate (with its private key) offered during the TLS handshake, or null.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>
    /// DANGEROUS: accept any server certificate, whoever issued it and whatever name it carries. Anyone on the path can
    /// then read and change the session, passwords included. Only for tests and throw-away servers. Default false.
    /// </summary>
    public bool DangerousAcceptAnyServerCertificate { get; init; }

    /// <summary>
    /// Allow LOGIN and clear-text SASL mechanisms (PLAIN, LOGIN, XOAUTH2, OAUTHBEARER) over a connection that is neither
    /// encrypted nor to the loopback interface. Default false: such attempts throw <see cref="ImapSecurityException"/>.
    /// </summary>
    public bool AllowPlaintextAuthentication { get; init; }

    /// <summary>Limit for connecting, the TLS handshake and the greeting. Default 30 s; infinite allowed.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When a command is waiting for the server and no byte arrives for this long, the connection is declared dead
    /// (<see cref="ImapConnectionException"/> with a <see cref="TimeoutException"/>). IDLE, once accepted, is exempt.
    /// Default 2 minutes; <see cref="Timeout.InfiniteTimeSpan"/> disables it.
    /// </summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Longest time one command may take from sending to its tagged response; when exceeded the connection is closed.
    /// Default infinite (a large FETCH may legitimately take long; <see cref="ReadTimeout"/> catches dead servers).
    /// </summary>
    public TimeSpan CommandTimeout { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>Limits on what the server may send. Default <see cref="ImapLimits.ClientDefault"/>.</summary>
    public ImapLimits Limits { get; init; } = ImapLimits.ClientDefault;

    /// <summary>
    /// Where the protocol trace (Trace level: every line, passwords and SASL data redacted) and connection events
    /// (Debug, Information, Warning) go. Null: nowhere.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Prefix of command tags (a valid tag). Null: four random letters, as imaplib does.</summary>
    public string? TagPrefix { get; init; }

    /// <summary>Tolerances for servers that break the protocol. Default <see cref="ImapClientQuirks.None"/>.</summary>
    public ImapClientQuirks Quirks { get; init; } = ImapClientQuirks.None;
}
