using Imap4.Protocol;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;

namespace Imap4.Client;

/// <summary>
/// A high-level IMAP client: one async method per operation, typed results, typed exceptions, UIDs by default.
/// Built on <see cref="ImapConnection"/>, which stays reachable as <see cref="Connection"/> for anything not covered.
/// </summary>
/// <remarks>
/// <para>Errors: a tagged NO or BAD throws <see cref="ImapCommandException"/> (with the response code), a change to a
/// read-only mailbox throws <see cref="ImapReadOnlyException"/> before anything is sent, unparsable server data throws
/// <see cref="ImapProtocolException"/>, and a lost, timed-out or closed connection throws
/// <see cref="ImapConnectionException"/>. A missing capability throws <see cref="NotSupportedException"/>.</para>
/// <para>Calls may come from several tasks: commands are queued one at a time by the connection.</para>
/// </remarks>
public sealed partial class ImapClient : IAsyncDisposable
{
    private readonly ImapClientOptions _options;
    private volatile MailboxInfo? _selected;

    private ImapClient(ImapConnection connection, ImapClientOptions options)
    {
        Connection = connection;
        _options = options;
        UseUid = options.UseUid;
        DecodeFolderNames = options.DecodeFolderNames;
    }

    /// <summary>The low-level connection underneath (raw commands, updates, capabilities).</summary>
    public ImapConnection Connection { get; }

    /// <summary>The settings in force.</summary>
    public ImapClientOptions Options => _options;

    /// <summary>
    /// Whether message ids given to and returned by the message methods are UIDs (true, the default) or sequence
    /// numbers. May be changed between calls.
    /// </summary>
    public bool UseUid { get; set; }

    /// <summary>
    /// Whether folder names are decoded from their wire form (modified UTF-7, or UTF-8 once enabled) into ordinary
    /// strings, and encoded back when given (true, the default). When false, names are returned and expected in their
    /// wire form (e.g. <c>Entw&amp;APw-rfe</c>).
    /// </summary>
    public bool DecodeFolderNames { get; set; }

    /// <summary>The server's capabilities.</summary>
    public IReadOnlyList<Capability> Capabilities => Connection.Capabilities;

    /// <summary>True until the connection is closed or failed.</summary>
    public bool IsConnected => Connection.IsConnected;

    /// <summary>True once logged in (authenticated or a mailbox selected).</summary>
    public bool IsAuthenticated => Connection.State is ImapConnectionState.Authenticated or ImapConnectionState.Selected;

    /// <summary>The mailbox selected by <see cref="SelectAsync(string, SelectOptions?, CancellationToken)"/> or
    /// <see cref="ExamineAsync"/>, as the server described it then; null when none is selected.</summary>
    public MailboxInfo? SelectedFolder => Connection.State == ImapConnectionState.Selected ? _selected : null;

    /// <summary>True when the server announced <paramref name="capability"/>.</summary>
    /// <param name="capability">The capability.</param>
    /// <returns>Whether it is present.</returns>
    public bool HasCapability(Capability capability) => Connection.HasCapability(capability);

    /// <summary>Wraps a connection opened by the caller (e.g. over a custom stream); the client owns it afterwards.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="options">Client settings; null for the defaults (the connection's own settings stay in force).</param>
    /// <returns>The client.</returns>
    public static ImapClient Create(ImapConnection connection, ImapClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new ImapClient(connection, (options ?? ImapClientOptions.Default) with { Connection = connection.Options });
    }

    private Task<ImapCommandResult> RunAsync(ImapCommand command, CancellationToken cancellationToken) =>
        Connection.ExecuteAsync(command, cancellationToken);

    private bool IsRev2Only => HasCapability(Capability.Imap4Rev2) && !HasCapability(Capability.Imap4Rev1);

    /// <summary>A folder name from the caller, as the protocol layer expects it (decoded).</summary>
    private MailboxName ToMailbox(string name, string paramName = "folder")
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (DecodeFolderNames) return new MailboxName(name);
        try
        {
            return MailboxName.FromWire(name, Connection.IsUtf8Enabled);
        }
        catch (ImapParseException e)
        {
            throw new ArgumentException($"'{name}' is not a valid folder name in wire form: {e.Message}", paramName, e);
        }
    }

    /// <summary>A folder name for the caller: decoded, or in wire form when decoding is off.</summary>
    private string FromMailbox(MailboxName name) => DecodeFolderNames ? name.Name : name.ToWire(Connection.IsUtf8Enabled);

    private void Require(Capability capability, string what)
    {
        if (!HasCapability(capability))
            throw new NotSupportedException($"{what} needs the {capability} capability, which the server does not announce.");
    }

    private void EnsureWritable(string what)
    {
        if (SelectedFolder is { IsReadOnly: true } box)
            throw new ImapReadOnlyException($"{what} would change '{box.Name}', which is selected read-only (EXAMINE or [READ-ONLY]).");
    }

    /// <summary>Logs out politely (bounded by <see cref="ImapClientOptions.LogoutTimeout"/>), then closes the connection.</summary>
    /// <returns>A task that completes when everything is released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Connection.IsConnected && Connection.State != ImapConnectionState.Logout)
        {
            using var timeout = new CancellationTokenSource(_options.LogoutTimeout);
            try
            {
                await Connection.LogoutAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ImapException or OperationCanceledException or InvalidOperationException)
            {
                // Best effort: the connection is closed below in any case.
            }
        }
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}
