namespace Imap4.Cli.Watch;

/// <summary>How <c>imap4 watch</c> retries after the connection drops.</summary>
public sealed record WatchSettings
{
    /// <summary>The first wait before reconnecting; it doubles after each failed attempt.</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often IDLE is ended and restarted. A connection that died silently (no FIN or RST, e.g. a NAT entry that
    /// expired) is noticed at the latest then, when the server does not answer DONE.
    /// </summary>
    public TimeSpan IdleRenewalInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long logging out may take when the watch ends.</summary>
    public TimeSpan LogoutTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
