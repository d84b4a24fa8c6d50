using System.Globalization;

namespace Imap4.Protocol.Wire;

/// <summary>
/// The answer of <see cref="ImapFramer.Decode"/>. Lengths and positions count bytes from the start of the buffer given to
/// <see cref="ImapFramer.Decode"/> (the frame start, or the resume point after a streamed literal).
/// </summary>
public readonly struct FrameResult : IEquatable<FrameResult>
{
    private FrameResult(FrameStatus status, long length)
    {
        Status = status;
        Length = length;
        ErrorPosition = -1;
    }

    /// <summary>What was found.</summary>
    public FrameStatus Status { get; private init; }

    /// <summary>
    /// <see cref="FrameStatus.Complete"/>: bytes of the whole frame, final CRLF included.
    /// <see cref="FrameStatus.LiteralAnnounced"/>: bytes through the CRLF after the announcement.
    /// <see cref="FrameStatus.Discard"/>: bytes to drop. <see cref="FrameStatus.Bad"/>: bytes scanned so far.
    /// <see cref="FrameStatus.NeedMoreData"/>: 0.
    /// </summary>
    public long Length { get; private init; }

    /// <summary>Size of the announced literal; -1 when it is larger than <see cref="ImapLimits.MaxLiteralSize"/>.</summary>
    public long LiteralSize { get; private init; }

    /// <summary>True for <c>{n}</c> (the peer waits for a continuation), false for LITERAL+/LITERAL- <c>{n+}</c>.</summary>
    public bool LiteralSynchronizing { get; private init; }

    /// <summary>True for literal8 (<c>~{n}</c>, BINARY): the literal may contain NUL bytes.</summary>
    public bool LiteralBinary { get; private init; }

    /// <summary>
    /// True when accepting the announced literal keeps the frame within <see cref="ImapLimits.MaxFrameSize"/>. A server
    /// checks it before sending <c>+</c>; a literal that does not fit can still be streamed.
    /// </summary>
    public bool LiteralFitsFrame { get; private init; }

    /// <summary>The error, for <see cref="FrameStatus.Bad"/>; otherwise <see cref="FrameError.None"/>.</summary>
    public FrameError Error { get; private init; }

    /// <summary>A short reason, suitable for a <c>BAD</c> response text; null unless <see cref="FrameStatus.Bad"/>.</summary>
    public string? Reason { get; private init; }

    /// <summary>Position of the offending byte (for literal errors, of the <c>{</c>); -1 unless <see cref="FrameStatus.Bad"/>.</summary>
    public long ErrorPosition { get; private init; }

    internal static FrameResult NeedMoreData => new(FrameStatus.NeedMoreData, 0);

    internal static FrameResult Complete(long length) => new(FrameStatus.Complete, length);

    internal static FrameResult Discard(long length) => new(FrameStatus.Discard, length);

    internal static FrameResult Literal(long length, long size, bool synchronizing, bool binary, bool fits) =>
        new(FrameStatus.LiteralAnnounced, length)
        {
            LiteralSize = size, LiteralSynchronizing = synchronizing, LiteralBinary = binary, LiteralFitsFrame = fits,
        };

    internal static FrameResult Bad(long length, FrameError error, string reason, long position) =>
        new(FrameStatus.Bad, length) { Error = error, Reason = reason, ErrorPosition = position };

    internal FrameResult WithLiteral(long size, bool synchronizing, bool binary) =>
        this with { LiteralSize = size, LiteralSynchronizing = synchronizing, LiteralBinary = binary };

    /// <inheritdoc/>
    public bool Equals(FrameResult other) =>
        Status == other.Status && Length == other.Length && LiteralSize == other.LiteralSize
        && LiteralSynchronizing == other.LiteralSynchronizing && LiteralBinary == other.LiteralBinary
        && LiteralFitsFrame == other.LiteralFitsFrame && Error == other.Error && Reason == other.Reason
        && ErrorPosition == other.ErrorPosition;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FrameResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Status, Length, LiteralSize, Error, ErrorPosition);

    /// <summary>Equality of every field.</summary>
    public static bool operator ==(FrameResult left, FrameResult right) => left.Equals(right);

    /// <summary>Inequality of any field.</summary>
    public static bool operator !=(FrameResult left, FrameResult right) => !left.Equals(right);

    /// <summary>A short description for logs and test failures.</summary>
    public override string ToString() => Status switch
    {
        FrameStatus.LiteralAnnounced => string.Create(CultureInfo.InvariantCulture,
            $"LiteralAnnounced {Length} {(LiteralBinary ? "~" : "")}{{{LiteralSize}{(LiteralSynchronizing ? "" : "+")}}}"),
        FrameStatus.Bad => string.Create(CultureInfo.InvariantCulture, $"Bad {Error} at {ErrorPosition}: {Reason}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Status} {Length}"),
    };
}
