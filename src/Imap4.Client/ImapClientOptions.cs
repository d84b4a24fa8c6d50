namespace Imap4.Client;

/// <summary>
/// Settings of an <see cref="ImapClient"/>: the connection's settings plus how the client presents messages and
/// folders and how it idles.
/// </summary>
public sealed record ImapClientOptions
{
    /// <summary>The defaults.</summary>
    public static ImapClientOptions Default { get; } = new();

    /// <summary>Settings of the underlying <see cref="ImapConnection"/> (security, TLS, timeouts, logging).</summary>
    public ImapConnectionOptions Connection { get; init; } = ImapConnectionOptions.Default;

    /// <summary>Whether message ids are UIDs (the default) or sequence numbers; see <see cref="ImapClient.UseUid"/>.</summary>
    public bool UseUid { get; init; } = true;

    /// <summary>
    /// Whether folder names are decoded (modified UTF-7 on the wire unless UTF-8 is enabled) into ordinary strings, the
    /// default. When false, names are returned, and expected, in their wire form; see <see cref="ImapClient.DecodeFolderNames"/>.
    /// </summary>
    public bool DecodeFolderNames { get; init; } = true;

    /// <summary>
    /// How long one IDLE command lasts before the client ends and restarts it. Servers may drop a client idle for
    /// 30 minutes (RFC 2177), hence the default of 29 minutes.
    /// </summary>
    public TimeSpan IdleRenewalInterval { get; init; } = TimeSpan.FromMinutes(29);

    /// <summary>
    /// Dead-peer detection while idling: when nothing at all has arrived from the server for this long, the client
    /// ends IDLE (DONE) and requires the tagged OK within <see cref="IdleDoneTimeout"/>; if it comes, IDLE starts
    /// again, otherwise the connection is closed and <see cref="ImapConnectionException"/> thrown. A half-open TCP
    /// connection (peer gone without a FIN) is found this way within this interval plus the timeout. Default 5 minutes;
    /// servers that send keep-alive <c>* OK</c> lines during IDLE reset it.
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns the check off.
    /// </summary>
    public TimeSpan IdleKeepAliveInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long to wait for the server to answer when the client ends an IDLE (to renew or stop it) before declaring the
    /// connection dead with <see cref="ImapConnectionException"/>. Default 30 seconds.
    /// </summary>
    public TimeSpan IdleDoneTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long <see cref="ImapClient.DisposeAsync"/> waits for a polite LOGOUT before closing. Default 5 seconds.</summary>
    public TimeSpan LogoutTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// <see cref="ImapClient.DownloadAsync(uint, Imap4.Protocol.Fetch.BodySection, Stream, CancellationToken)"/> copies
    /// body literals of at least this many bytes straight from the connection to the destination; smaller ones are
    /// received whole first. Default 64 KiB.
    /// </summary>
    public long BodyStreamingThreshold { get; init; } = 64 * 1024;

    /// <summary>
    /// Where large messages are spooled: bodies fetched by <see cref="ImapClient.GetMessageAsync"/> and streams of unknown
    /// length given to APPEND. Null (the default) for the system's temporary directory.
    /// </summary>
    public string? TemporaryDirectory { get; init; }
}
