namespace Imap4.Protocol;

/// <summary>
/// Thrown when bytes received from a peer do not follow the IMAP grammar or exceed an <see cref="Wire.ImapLimits"/> limit.
/// Carries the byte offset (from the start of the frame) where the problem was found and a short reason.
/// </summary>
public class ImapParseException : FormatException
{
    /// <summary>Creates the exception for a problem at <paramref name="position"/>.</summary>
    /// <param name="position">Byte offset from the start of the frame being parsed, or -1 when unknown.</param>
    /// <param name="reason">What was wrong, e.g. "expected SP".</param>
    public ImapParseException(long position, string reason)
        : base(position >= 0 ? $"{reason} (at byte {position})" : reason)
    {
        Position = position;
        Reason = reason;
    }

    /// <summary>Creates the exception for a problem at an unknown position.</summary>
    /// <param name="reason">What was wrong.</param>
    public ImapParseException(string reason) : this(-1, reason) { }

    /// <summary>Creates the exception with an inner exception.</summary>
    /// <param name="reason">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ImapParseException(string reason, Exception innerException) : base(reason, innerException)
    {
        Position = -1;
        Reason = reason;
    }

    /// <summary>Creates the exception with no details.</summary>
    public ImapParseException() : this(-1, "malformed IMAP data") { }

    /// <summary>Byte offset from the start of the frame where parsing failed, or -1 when unknown.</summary>
    public long Position { get; }

    /// <summary>The reason without the position, suitable for a <c>BAD</c> response text.</summary>
    public string Reason { get; }
}
