using System.Net;
using Imap4.Protocol.Primitives;
using Imap4.Server.Authentication;
using Imap4.Server.Commands;
using Imap4.Server.Hosting;
using Imap4.Server.Transport;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Imap4.Server.Session;

/// <summary>
/// One client connection: its state (not authenticated, authenticated, selected, logout), user, enabled extensions,
/// transport layers (TLS, compression) and limits. Commands are read, dispatched to their handlers and answered one
/// after another (pipelined commands are processed sequentially).
/// </summary>
public sealed partial class ImapSession : IAsyncDisposable
{
    private readonly ServerState _server;
    private readonly SessionTransport _transport;
    private readonly CommandReader _reader;
    private readonly HashSet<Capability> _enabled = [];
    private int _badCommands;
    private bool _backendOpen;

    internal ImapSession(ServerState server, SessionTransport transport, ImapEndpoint endpoint, IPEndPoint? remote, IPEndPoint? local, string id)
    {
        _server = server;
        _transport = transport;
        Endpoint = endpoint;
        RemoteEndPoint = remote;
        LocalEndPoint = local;
        Id = id;
        Writer = new ResponseWriter(transport);
        _reader = new CommandReader(transport, Writer, server.Options.ToLimits(), server.Options.TolerateBareLineFeed)
        {
            // Only the built-in APPEND handler reads literals from the wire; a replacement gets the parsed command.
            StreamAppends = () => State is SessionState.Authenticated or SessionState.Selected
                && Options.Commands.TryGet(typeof(Protocol.Commands.AppendCommand), out ICommandHandler? handler) && handler is Handlers.Messages.AppendHandler,
            LiteralInactivity = server.Options.AutologoutTimeout,
            Time = server.Options.TimeProvider,
        };
    }

    /// <summary>The connection id (for logs).</summary>
    public string Id { get; }

    /// <summary>The current state.</summary>
    public SessionState State { get; private set; }

    /// <summary>The authenticated user, or null.</summary>
    public ImapUser? User { get; private set; }

    /// <summary>The listener the client connected to.</summary>
    public ImapEndpoint Endpoint { get; }

    /// <summary>The client's address.</summary>
    public IPEndPoint? RemoteEndPoint { get; }

    /// <summary>The server's address of this connection.</summary>
    public IPEndPoint? LocalEndPoint { get; }

    /// <summary>True once TLS protects the connection (implicit TLS or STARTTLS).</summary>
    public bool IsTls => _transport.IsTls;

    /// <summary>True once COMPRESS=DEFLATE is active.</summary>
    public bool IsCompressed => _transport.IsCompressed;

    /// <summary>True when the client connects from a loopback address.</summary>
    public bool IsLoopback => RemoteEndPoint is { } r && IPAddress.IsLoopback(Normalize(r.Address));

    /// <summary>
    /// True when passwords may be sent in the clear here: under TLS, on loopback when
    /// <see cref="ImapServerOptions.LoopbackIsSecure"/>, or everywhere with <see cref="ImapServerOptions.AllowPlaintextAuthWithoutTls"/>.
    /// </summary>
    public bool IsPlaintextAuthAllowed => IsTls || Options.AllowPlaintextAuthWithoutTls || (IsLoopback && Options.LoopbackIsSecure);

    /// <summary>True when STARTTLS can be offered: plain listener, certificate configured, no TLS yet, not authenticated.</summary>
    public bool CanStartTls => !IsTls && Options.Certificate is not null && Endpoint.Security == ImapEndpointSecurity.Plain
        && State == SessionState.NotAuthenticated && !IsCompressed;

    /// <summary>The extensions the client turned on with ENABLE (IMAP4rev2, UTF8=ACCEPT, and later CONDSTORE, QRESYNC).</summary>
    public IReadOnlySet<Capability> EnabledExtensions => _enabled;

    /// <summary>True once UTF-8 is in use for strings and mailbox names (IMAP4rev2 or UTF8=ACCEPT enabled).</summary>
    public bool Utf8Enabled => _enabled.Contains(Capability.Imap4Rev2) || _enabled.Contains(Capability.Utf8Accept);

    /// <summary>
    /// Per-session data for mailbox handlers: the <see cref="Mail.IMailBackend"/> keeps the user's account here when
    /// the session authenticates (and removes it when the session leaves the authenticated state).
    /// </summary>
    public IFeatureCollection Features { get; } = new FeatureCollection();

    /// <summary>The server options.</summary>
    public ImapServerOptions Options => _server.Options;

    internal ILogger Logger => _server.SessionLogger;

    internal ResponseWriter Writer { get; }

    /// <summary>The server's \Recent bookkeeping.</summary>
    internal Mail.RecentTracker Recent => _server.Recent;

    /// <summary>True while the session follows IMAP4rev1 (\Recent, RECENT responses): until ENABLE IMAP4rev2.</summary>
    public bool IsRev1 => !_enabled.Contains(Capability.Imap4Rev2);

    /// <summary>True when this session takes part in \Recent: IMAP4rev1 and <see cref="ImapServerOptions.RecentForRev1"/>.</summary>
    internal bool UsesRecent => IsRev1 && Options.RecentForRev1;

    /// <summary>The client address as a plain IPv4 or IPv6 address (IPv4-mapped IPv6 unwrapped).</summary>
    internal IPAddress ClientAddress => Normalize(RemoteEndPoint?.Address ?? IPAddress.None);

    internal string HostName => _server.HostName;

    internal static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    /// <summary>The capabilities to advertise now (they depend on state, TLS, and the registered handlers).</summary>
    /// <returns>The list, in advertising order.</returns>
    public IReadOnlyList<Capability> GetCapabilities() => CapabilityBuilder.Build(this);

    /// <summary>Closes the mail backend's view of the session, if still open.</summary>
    /// <returns>A task that completes when closed.</returns>
    public async ValueTask DisposeAsync() => await CloseBackendAsync(CancellationToken.None).ConfigureAwait(false);
}
