namespace Imap4.Protocol.Wire;

/// <summary>What <see cref="ImapFramer.Decode"/> found in the buffer it was given.</summary>
public enum FrameStatus
{
    /// <summary>
    /// The frame is not complete yet: read more bytes and call <see cref="ImapFramer.Decode"/> again with a buffer that
    /// starts at the same place (the framer remembers how far it scanned, so nothing is scanned twice).
    /// </summary>
    NeedMoreData,

    /// <summary>
    /// A whole frame: <see cref="FrameResult.Length"/> bytes from the buffer start, final CRLF included. Consume them, then
    /// call <see cref="ImapFramer.Reset"/> before decoding the next frame.
    /// </summary>
    Complete,

    /// <summary>
    /// The line ends with a literal announcement (<c>{n}</c>, <c>{n+}</c>, <c>~{n}</c> or <c>~{n+}</c>).
    /// <see cref="FrameResult.Length"/> counts the bytes through the CRLF after it. The caller decides: call
    /// <see cref="ImapFramer.AcceptLiteral"/>, <see cref="ImapFramer.ResumeAfterStreamedLiteral"/>,
    /// <see cref="ImapFramer.SkipRestOfLine"/> or <see cref="ImapFramer.Reset"/>.
    /// </summary>
    LiteralAnnounced,

    /// <summary>
    /// The peer broke a limit or the line syntax: see <see cref="FrameResult.Error"/>, <see cref="FrameResult.Reason"/>
    /// and <see cref="FrameResult.ErrorPosition"/>. To recover without buffering the offending line, call
    /// <see cref="ImapFramer.SkipRestOfLine"/> and follow the <see cref="Discard"/> results.
    /// </summary>
    Bad,

    /// <summary>
    /// Recovery after <see cref="Bad"/>: drop <see cref="FrameResult.Length"/> bytes from the buffer start and call
    /// <see cref="ImapFramer.Decode"/> again with the buffer that follows them. Once the end of the bad line has been
    /// discarded, the next decode starts a fresh frame by itself.
    /// </summary>
    Discard,
}
