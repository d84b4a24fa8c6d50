namespace Imap4.Cli.MailTools;

/// <summary>The limits and batch sizes of <c>backup</c>, <c>export</c> and <c>import</c>.</summary>
public sealed record MailToolsOptions
{
    /// <summary>The defaults.</summary>
    public static MailToolsOptions Default { get; } = new();

    /// <summary>
    /// UIDs per UID FETCH of metadata and per state checkpoint (default 100): a killed backup repeats at most this many
    /// downloads, and memory holds at most this many messages' metadata.
    /// </summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>The longest mbox <c>From </c> separator line accepted (default 1000 bytes); longer is a format error.</summary>
    public int MaxFromLineLength { get; init; } = 1000;

    /// <summary>The longest leading <c>Status:</c>/<c>X-Status:</c>/<c>X-Keywords:</c> line read from mbox (default 4096 bytes).</summary>
    public int MaxStatusLineLength { get; init; } = 4096;

    /// <summary>How much of a foreign mbox message's header is searched for status fields (default 64 KiB).</summary>
    public int MaxHeaderScanLength { get; init; } = 64 * 1024;

    /// <summary>Checks that the values are usable.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (BatchSize is < 1 or > 100_000) throw new ArgumentException("The batch size must be between 1 and 100000.");
        if (MaxFromLineLength < 64) throw new ArgumentException("The From-line limit must be at least 64 bytes.");
        if (MaxHeaderScanLength < 1024) throw new ArgumentException("The header scan must be at least 1024 bytes.");
        if (MaxStatusLineLength < 64) throw new ArgumentException("The status-line limit must be at least 64 bytes.");
    }
}
