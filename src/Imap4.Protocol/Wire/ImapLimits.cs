namespace Imap4.Protocol.Wire;

/// <summary>
/// Limits on what a peer may send, checked by <see cref="ImapFramer"/> before any parsing and by the parsers while parsing.
/// Every limit bounds memory: nothing a peer sends makes the framer or parser allocate more than these allow.
/// </summary>
public sealed record ImapLimits
{
    /// <summary>Defaults suited to a server receiving commands.</summary>
    public static ImapLimits ServerDefault { get; } = new();

    /// <summary>Defaults suited to a client receiving responses: larger literals (message bodies), deeper nesting.</summary>
    public static ImapLimits ClientDefault { get; } = new()
    {
        MaxLiteralSize = 1L << 40,
        MaxFrameSize = 1L << 31,
        MaxNestingDepth = 256,
        MaxLineLength = 1 << 24,
    };

    /// <summary>
    /// Longest line, in bytes including CRLF, between literals. A line is the text from the start of a frame or the end of
    /// a literal to the next CRLF. Default 65 536 (as Dovecot's <c>imap_max_line_length</c>).
    /// </summary>
    public int MaxLineLength { get; init; } = 65_536;

    /// <summary>Largest literal a peer may announce, in bytes. Default 64 MiB.</summary>
    public long MaxLiteralSize { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Largest whole frame (one command or response: all lines plus every literal kept in memory), in bytes.
    /// Literals that a caller streams elsewhere do not count. Default 80 MiB.
    /// </summary>
    public long MaxFrameSize { get; init; } = 80L * 1024 * 1024;

    /// <summary>Deepest nesting of parenthesised lists (and search-key groups). Default 64.</summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>Most literals in one frame. Default 1 000 (MULTIAPPEND or CATENATE of many parts).</summary>
    public int MaxLiteralsPerFrame { get; init; } = 1_000;
}
