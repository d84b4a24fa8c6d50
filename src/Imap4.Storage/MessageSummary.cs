namespace Imap4.Storage;

/// <summary>
/// What a store computes once from a message's content at append and caches: sizes, sent date, thread key and the
/// wire form of ENVELOPE, BODY and BODYSTRUCTURE. Build it with <see cref="MessageAnalyzer"/>.
/// </summary>
public sealed record MessageSummary
{
    /// <summary>RFC822.SIZE: bytes with CRLF line ends.</summary>
    public required long Size { get; init; }

    /// <summary>The date of the Date header field, or null when absent or unreadable.</summary>
    public required DateTimeOffset? SentDate { get; init; }

    /// <summary>The THREADID objectid (RFC 8474): the same for messages that share a first reference.</summary>
    public required string ThreadId { get; init; }

    /// <summary>ENVELOPE as written on the wire (a parenthesized list).</summary>
    public required ReadOnlyMemory<byte> Envelope { get; init; }

    /// <summary>BODY (non-extensible) as written on the wire.</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>BODYSTRUCTURE as written on the wire.</summary>
    public required ReadOnlyMemory<byte> BodyStructure { get; init; }
}
