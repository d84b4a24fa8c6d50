using System.Security.Cryptography.X509Certificates;
using Imap4.Protocol.Wire;
using Imap4.Server.Authentication;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Imap4.Server;

/// <summary>
/// Everything an <see cref="ImapServer"/> needs: listeners, TLS, users, and every limit as a named setting. The server
/// reads the options when it starts; change them before <see cref="ImapServer.StartAsync"/>.
/// </summary>
public sealed class ImapServerOptions
{
    /// <summary>The listeners. Empty means one plain listener on 127.0.0.1 with a free port.</summary>
    public IList<ImapEndpoint> Endpoints { get; } = [];

    /// <summary>The certificate for implicit TLS and STARTTLS (with its private key); null disables both.</summary>
    public X509Certificate2? Certificate { get; set; }

    /// <summary>Where credentials are checked. Defaults to an empty <see cref="InMemoryUserDirectory"/>.</summary>
    public IUserDirectory Users { get; set; } = new InMemoryUserDirectory();

    /// <summary>
    /// The mail storage behind authenticated sessions, or null for a server without mailboxes (authentication only).
    /// </summary>
    public IMailBackend? MailBackend { get; set; }

    /// <summary>The command handlers; add or replace handlers here (one per command record type).</summary>
    public CommandRegistry Commands { get; } = CommandRegistry.CreateDefault();

    /// <summary>Logging. Passwords and SASL data are never logged.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>The clock used for delays and the login throttle window (tests may substitute their own).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The greeting text after <c>* OK [CAPABILITY ...]</c>.</summary>
    public string Greeting { get; set; } = "Imap4 ready.";

    /// <summary>The fields of the server's <c>* ID</c> response (RFC 2971); null answers <c>ID NIL</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>>? IdFields { get; set; } =
        [new("name", "Imap4"), new("vendor", "Imap4")];

    /// <summary>
    /// SASL mechanisms offered, in preference order (SCRAM-SHA-256, PLAIN, LOGIN, CRAM-MD5 are built in). Plaintext ones
    /// (PLAIN, LOGIN) are offered only over TLS or where plaintext authentication is allowed; CRAM-MD5 only when
    /// <see cref="IUserDirectory.SupportsCramMd5"/>.
    /// </summary>
    public IList<string> AuthenticationMechanisms { get; } = ["SCRAM-SHA-256", "PLAIN", "LOGIN", "CRAM-MD5"];

    /// <summary>
    /// Allow LOGIN and plaintext SASL mechanisms on connections without TLS (not recommended: passwords cross the
    /// network in the clear). Default false.
    /// </summary>
    public bool AllowPlaintextAuthWithoutTls { get; set; }

    /// <summary>
    /// Treat connections from a loopback address as secure, so LOGIN works there without TLS (as Dovecot does). Default
    /// true; set false to make loopback behave like any other network.
    /// </summary>
    public bool LoopbackIsSecure { get; set; } = true;

    /// <summary>Longest command line in bytes, CRLF included (between literals). Default 65 536.</summary>
    public int MaxLineLength { get; set; } = 65_536;

    /// <summary>Largest literal a client may send in a command, in bytes. Default 64 MiB.</summary>
    public long MaxLiteralSize { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest whole command (lines plus literals held in memory), in bytes. Default 80 MiB.</summary>
    public long MaxCommandSize { get; set; } = 80L * 1024 * 1024;

    /// <summary>Largest message APPEND accepts (advertised as APPENDLIMIT once APPEND is served). Default 64 MiB.</summary>
    public long AppendLimit { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Give IMAP4rev1 sessions \Recent (RFC 3501 2.3.2): RECENT counts in SELECT, EXAMINE, STATUS and after new mail,
    /// the \Recent flag, SEARCH RECENT/NEW/OLD. Default true; false makes every message old, as IMAP4rev2 sessions
    /// always see them (RFC 9051 Appendix E).
    /// </summary>
    public bool RecentForRev1 { get; set; } = true;

    /// <summary>
    /// Let users change their own quota limits with SETQUOTA (RFC 9208; QUOTASET is then advertised). Meant for test and
    /// single-user setups; default false: SETQUOTA is answered <c>NO [NOPERM]</c>.
    /// </summary>
    public bool AllowSetQuota { get; set; }

    /// <summary>
    /// Quota limits applied to an account when its user logs in, by user name (exact match); users not listed get
    /// <see cref="DefaultQuota"/>. Limits not configured here stay as the store has them (unlimited for new accounts).
    /// </summary>
    public IDictionary<string, Storage.QuotaLimits> UserQuotas { get; } = new Dictionary<string, Storage.QuotaLimits>(StringComparer.Ordinal);

    /// <summary>Quota limits applied at login to users without an entry in <see cref="UserQuotas"/>; null (the default)
    /// leaves the store's limits alone (unlimited unless set otherwise).</summary>
    public Storage.QuotaLimits? DefaultQuota { get; set; }

    /// <summary>Deepest nesting of parentheses in a command. Default 64.</summary>
    public int MaxNestingDepth { get; set; } = 64;

    /// <summary>Most literals in one command. Default 1 000.</summary>
    public int MaxLiteralsPerCommand { get; set; } = 1_000;

    /// <summary>
    /// Bytes a client may send ahead (pipelined commands) beyond the command being processed. Pipelined commands are
    /// processed one after the other; once this many bytes wait, the server stops reading. Default 1 MiB.
    /// </summary>
    public long MaxPipelinedBytes { get; set; } = 1024 * 1024;

    /// <summary>Consecutive BAD commands after which the server says BYE and closes. Default 20.</summary>
    public int MaxBadCommands { get; set; } = 20;

    /// <summary>Simultaneous connections from one IP address. Default 50.</summary>
    public int MaxConnectionsPerAddress { get; set; } = 50;

    /// <summary>Simultaneous connections in total. Default 5 000.</summary>
    public int MaxConnections { get; set; } = 5_000;

    /// <summary>Inactivity after which an authenticated session is logged out (IDLE included). RFC 9051 asks for at least 30 minutes; default 30 minutes.</summary>
    public TimeSpan AutologoutTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Inactivity after which a not yet authenticated session is closed. Default 2 minutes.</summary>
    public TimeSpan UnauthenticatedTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest time a TLS handshake (implicit or STARTTLS) may take. Default 15 seconds.</summary>
    public TimeSpan TlsHandshakeTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Delay before answering a failed authentication (slows password guessing). Default 1 second.</summary>
    public TimeSpan FailedLoginDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed authentications from one address within <see cref="FailedLoginWindow"/> after which further attempts are refused with <c>NO [UNAVAILABLE]</c>. Default 10.</summary>
    public int MaxFailedLogins { get; set; } = 10;

    /// <summary>The sliding window for <see cref="MaxFailedLogins"/>. Default 5 minutes.</summary>
    public TimeSpan FailedLoginWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Accept a bare LF as a line end (some broken clients send it). Default false.</summary>
    public bool TolerateBareLineFeed { get; set; }

    /// <summary>The framer and parser limits derived from these options.</summary>
    /// <returns>The limits.</returns>
    public ImapLimits ToLimits() => new()
    {
        MaxLineLength = MaxLineLength,
        MaxLiteralSize = MaxLiteralSize,
        MaxFrameSize = MaxCommandSize,
        MaxNestingDepth = MaxNestingDepth,
        MaxLiteralsPerFrame = MaxLiteralsPerCommand,
    };

    /// <summary>Checks that the settings make sense.</summary>
    /// <exception cref="InvalidOperationException">A setting is out of range.</exception>
    public void Validate()
    {
        if (MaxLineLength < 64) throw new InvalidOperationException("MaxLineLength must be at least 64.");
        if (MaxLiteralSize < 0 || MaxCommandSize < MaxLineLength) throw new InvalidOperationException("MaxLiteralSize/MaxCommandSize out of range.");
        if (MaxBadCommands < 1 || MaxConnections < 1 || MaxConnectionsPerAddress < 1) throw new InvalidOperationException("Connection and bad-command limits must be positive.");
        if (AutologoutTimeout <= TimeSpan.Zero || UnauthenticatedTimeout <= TimeSpan.Zero || TlsHandshakeTimeout <= TimeSpan.Zero)
            throw new InvalidOperationException("Timeouts must be positive.");
        if (FailedLoginDelay < TimeSpan.Zero || MaxFailedLogins < 1) throw new InvalidOperationException("Login throttle settings out of range.");
    }
}
