using System.Diagnostics;
using System.IO.Pipelines;
using Imap4.Client.Internal;
using Imap4.Client.Transport;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Imap4.Client;

/// <summary>
/// A low-level IMAP connection, the equivalent of Python's imaplib: send any command (typed or raw) and get its
/// untagged and tagged responses; STARTTLS, COMPRESS, LOGIN, AUTHENTICATE and IDLE; unilateral updates as events or
/// an async stream.
/// </summary>
/// <remarks>
/// <para>
/// Thread-safety: one command is in flight at a time. Concurrent calls are queued and sent one after the other; use
/// <see cref="ExecutePipelinedAsync"/> to send several commands without waiting. Events and the IDLE callback run on
/// the connection's reader: they must not issue commands on the same connection (that would wait for a response the
/// reader cannot read while the handler runs), and doing so throws <see cref="InvalidOperationException"/>. Consume
/// <see cref="ReadUpdatesAsync"/> from your own task instead if you need to react with commands.
/// </para>
/// <para>
/// Failure model: a tagged NO or BAD throws <see cref="ImapCommandException"/> and the connection stays usable.
/// Cancelling a command before it was sent, or after it was completely sent, leaves the connection usable (a command
/// cancelled while waiting for its response still holds the connection until that response arrives). Cancelling a
/// command in the middle of sending it, a timeout, an I/O error, unparsable server data or BYE closes the connection:
/// every later call throws <see cref="ImapConnectionException"/>.
/// </para>
/// </remarks>
public sealed partial class ImapConnection : IAsyncDisposable
{
    private readonly ImapConnectionOptions _options;
    private readonly ProtocolTrace _trace;
    private readonly ILogger _logger;
    private readonly TagGenerator _tags;
    private readonly TlsSettings _tls;
    private readonly SemaphoreSlim _commandLock = new(1, 1);
    private readonly Lock _sync = new();
    private readonly List<PendingCommand> _pending = [];
    private readonly Dictionary<string, ResponseCode> _lastCodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource<StatusResponse> _greeting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ImapTransport _transport;
    private readonly string? _host;
    private IReadOnlyList<Capability> _capabilities = [];
    private readonly HashSet<Capability> _enabled = [];
    private ImapWriterOptions _writerOptions = ImapWriterOptions.Client;
    private volatile ImapConnectionState _state = ImapConnectionState.NotAuthenticated;
    private Exception? _failure;
    private StatusResponse? _bye;
    private Task _readLoop = Task.CompletedTask;
    private Timer? _watchdog;
    private long _lastActivity = Stopwatch.GetTimestamp();
    private long _lastReceived = Stopwatch.GetTimestamp();
    private int _capabilityVersion;

    private ImapConnection(ImapTransport transport, ImapConnectionOptions options, string? host)
    {
        _transport = transport;
        _options = options;
        _host = options.TlsHostName ?? host;
        _logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ImapConnection>();
        _trace = new ProtocolTrace(_logger);
        _tags = options.TagPrefix is null ? new TagGenerator() : new TagGenerator(options.TagPrefix);
        _tls = new TlsSettings(options);
    }

    /// <summary>The server's greeting (<c>* OK</c> or <c>* PREAUTH</c>).</summary>
    public StatusResponse Greeting { get; private set; } = new(null, StatusKind.Ok, null, "");

    /// <summary>
    /// The server's capabilities, from the greeting, CAPABILITY responses and codes; refreshed after LOGIN,
    /// AUTHENTICATE and STARTTLS (by asking when the server did not volunteer them).
    /// </summary>
    public IReadOnlyList<Capability> Capabilities => Volatile.Read(ref _capabilities);

    /// <summary>The extensions turned on by ENABLE (from ENABLED responses).</summary>
    public IReadOnlyCollection<Capability> Enabled
    {
        get
        {
            lock (_sync) return [.. _enabled];
        }
    }

    /// <summary>The state as the client last saw it.</summary>
    public ImapConnectionState State => _state;

    /// <summary>True until the connection is closed or failed.</summary>
    public bool IsConnected => Volatile.Read(ref _failure) is null && _state != ImapConnectionState.Logout;

    /// <summary>TLS is in place (implicit or after STARTTLS).</summary>
    public bool IsEncrypted => _transport.IsEncrypted;

    /// <summary>COMPRESS=DEFLATE is in place.</summary>
    public bool IsCompressed => _transport.IsCompressed;

    /// <summary>UTF-8 is enabled (UTF8=ACCEPT or IMAP4rev2): strings may carry UTF-8 and mailbox names are UTF-8.</summary>
    public bool IsUtf8Enabled => _writerOptions.Utf8;

    /// <summary>The settings in force.</summary>
    public ImapConnectionOptions Options => _options;

    /// <summary>True when the server announced <paramref name="capability"/>.</summary>
    /// <param name="capability">The capability.</param>
    /// <returns>Whether it is present.</returns>
    public bool HasCapability(Capability capability)
    {
        foreach (Capability c in Capabilities)
            if (c == capability) return true;
        return false;
    }

    /// <summary>
    /// The most recent response code of that name seen in any status response, tagged or untagged (imaplib's
    /// <c>response(code)</c>), e.g. <c>GetLastResponseCode("UIDVALIDITY")</c>.
    /// </summary>
    /// <param name="name">The code's name, case-insensitive.</param>
    /// <returns>The code, or null when none was seen.</returns>
    public ResponseCode? GetLastResponseCode(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_sync) return _lastCodes.GetValueOrDefault(name);
    }

    /// <summary>Closes the connection without LOGOUT (call <see cref="LogoutAsync"/> first for a polite end).</summary>
    /// <returns>A task that completes when everything is released.</returns>
    public async ValueTask DisposeAsync()
    {
        Fail(new ImapConnectionException("The connection was disposed."), log: false, abort: false);
        try
        {
            await _readLoop.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ImapException or IOException)
        {
            // The reader ends with the failure already reported.
        }
        if (_watchdog is not null) await _watchdog.DisposeAsync().ConfigureAwait(false);
        await _transport.DisposeAsync().ConfigureAwait(false);
        _lifetime.Dispose();
        // _commandLock is not disposed: a release may still be queued behind a failed command (it holds no handle).
        ProtocolTrace.LogClosed(_logger);
    }

    /// <summary>
    /// Marks the connection failed (once): every pending command fails with <paramref name="exception"/>, the reader
    /// stops and (unless <paramref name="abort"/> is false) the transport is broken so that blocked I/O returns.
    /// </summary>
    private void Fail(Exception exception, bool log = true, bool abort = true)
    {
        PendingCommand[] pending;
        lock (_sync)
        {
            if (_failure is not null) return;
            _failure = exception;
            _state = ImapConnectionState.Logout;
            pending = [.. _pending];
            _pending.Clear();
        }
        if (log) ProtocolTrace.LogFailed(_logger, exception.Message, exception.InnerException);
        foreach (PendingCommand p in pending) p.Fail(exception);
        _greeting.TrySetException(exception);
        _resumeReader?.TrySetResult(false);
        CompleteSubscribers();
        _lifetime.Cancel();
        // Disposal closes gracefully afterwards; failures break the transport so that blocked I/O returns now.
        if (abort) _transport.Abort();
    }

    private ImapConnectionException Closed()
    {
        Exception? failure = Volatile.Read(ref _failure);
        if (failure is null) return new ImapConnectionException("The connection is closed (logged out).");
        return new ImapConnectionException($"The connection is closed: {failure.Message}", failure);
    }

    private void ThrowIfClosed()
    {
        if (Volatile.Read(ref _failure) is not null || _state == ImapConnectionState.Logout) throw Closed();
    }
}
