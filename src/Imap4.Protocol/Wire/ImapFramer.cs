using System.Buffers;

namespace Imap4.Protocol.Wire;

/// <summary>
/// Splits an IMAP byte stream (commands on a server, responses on a client) into frames, enforcing
/// <see cref="ImapLimits"/> before any parsing. A frame is one command or response: a line, and while a line ends with a
/// literal announcement (<c>{n}</c>, <c>{n+}</c>, <c>~{n}</c>, <c>~{n+}</c>) just before CRLF, the n literal bytes and
/// the next line. Literal bytes are never scanned. Memory use does not depend on anything the peer announces.
/// </summary>
/// <remarks>
/// <para>Use: call <see cref="Decode"/> with the buffered bytes starting at the frame start.</para>
/// <list type="bullet">
/// <item><see cref="FrameStatus.NeedMoreData"/>: read more, call again with a buffer starting at the same place.</item>
/// <item><see cref="FrameStatus.Complete"/>: consume <see cref="FrameResult.Length"/> bytes, call <see cref="Reset"/>.</item>
/// <item><see cref="FrameStatus.LiteralAnnounced"/>: <see cref="AcceptLiteral"/> (a server first sends <c>+</c> for a
/// synchronizing literal), or <see cref="ResumeAfterStreamedLiteral"/>, or refuse it with <see cref="SkipRestOfLine"/>
/// or <see cref="Reset"/> (a server answers <c>NO</c>; a refused non-synchronizing literal still arrives, so the
/// connection should be closed).</item>
/// <item><see cref="FrameStatus.Bad"/>: report it, call <see cref="SkipRestOfLine"/>, then drop the bytes each
/// <see cref="FrameStatus.Discard"/> tells until the framer starts a fresh frame on its own.</item>
/// </list>
/// <para>
/// A line ending in an announcement is always taken as one, even after an unbalanced quote, as IMAP peers do.
/// Parenthesis depth is counted outside quoted strings (backslash escapes honoured, a quote never spans lines) and across
/// the lines of a frame; an unbalanced <c>)</c> clamps at zero. Line endings are CRLF; a bare LF is an error unless the
/// framer was created to tolerate it (broken clients), a bare CR is always an error.
/// </para>
/// </remarks>
public sealed class ImapFramer
{
    private enum State : byte { Line, Literal, Announced, Complete, PendingBad, Bad, Skip }

    // Bytes that change the line state outside and inside a quoted string; everything else is skipped in bulk.
    private static readonly SearchValues<byte> Specials = SearchValues.Create("()\"{\r\n\0"u8);
    private static readonly SearchValues<byte> QuotedSpecials = SearchValues.Create("\"\\{\r\n\0"u8);

    // Without nesting checks only line ends, NUL and literal announcements matter: long runs are skipped at vector speed.
    private static readonly SearchValues<byte> LineSpecials = SearchValues.Create("{\r\n\0"u8);

    private readonly ImapLimits _limits;
    private readonly bool _tolerateBareLineFeed;
    private readonly bool _checkNesting;

    private State _state;
    private long _pos;              // bytes of the current buffer already consumed
    private long _before;           // frame bytes before the current buffer start (lines before a streamed literal)
    private long _lineStart;
    private long _literalRemaining;
    private int _depth;
    private int _literals;
    private bool _inQuote;
    private bool _escape;
    private bool _sawCr;
    private byte _previous;
    private LiteralTail _tail;
    private FrameResult _result;    // the last LiteralAnnounced or Bad
    private bool _badLineEnded;

    /// <summary>Creates a framer that requires CRLF line endings.</summary>
    /// <param name="limits">The limits to enforce.</param>
    public ImapFramer(ImapLimits limits) : this(limits, tolerateBareLineFeed: false) { }

    /// <summary>Creates a framer.</summary>
    /// <param name="limits">The limits to enforce.</param>
    /// <param name="tolerateBareLineFeed">Accept a lone LF as a line end (some broken clients send it).</param>
    public ImapFramer(ImapLimits limits, bool tolerateBareLineFeed) : this(limits, tolerateBareLineFeed, checkNesting: true) { }

    /// <summary>Creates a framer, choosing whether it counts parenthesis depth.</summary>
    /// <param name="limits">The limits to enforce.</param>
    /// <param name="tolerateBareLineFeed">Accept a lone LF as a line end (some broken clients send it).</param>
    /// <param name="checkNesting">
    /// Count parenthesis depth against <see cref="ImapLimits.MaxNestingDepth"/> (servers: reject before parsing). A client
    /// may turn it off for speed: the response parsers bound nesting themselves, so deep input still fails cleanly.
    /// </param>
    public ImapFramer(ImapLimits limits, bool tolerateBareLineFeed, bool checkNesting)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.MaxLineLength < 3 || limits.MaxLiteralSize < 0 || limits.MaxFrameSize < 3
            || limits.MaxNestingDepth < 0 || limits.MaxLiteralsPerFrame < 0)
            throw new ArgumentException("limits must allow at least a short line", nameof(limits));
        _limits = limits;
        _tolerateBareLineFeed = tolerateBareLineFeed;
        _checkNesting = checkNesting;
    }

    /// <summary>Bytes examined since creation (not literal bytes): lets tests prove that scanning is linear.</summary>
    internal long BytesExamined { get; private set; }

    /// <summary>
    /// Scans the buffer, which starts at the frame start (or at the resume point after a streamed literal, or, while
    /// discarding, right after the bytes last discarded), continuing where the previous call stopped.
    /// </summary>
    /// <param name="buffer">The bytes received so far.</param>
    /// <returns>What was found; see <see cref="FrameStatus"/>.</returns>
    /// <exception cref="InvalidOperationException">The previous result still awaits a decision (Complete, LiteralAnnounced, Bad).</exception>
    /// <exception cref="ArgumentException">The buffer is shorter than what this frame already scanned.</exception>
    public FrameResult Decode(in ReadOnlySequence<byte> buffer)
    {
        if (_state != State.Skip && buffer.Length < _pos)
            throw new ArgumentException("the buffer must start where the previous one did", nameof(buffer));
        switch (_state)
        {
            case State.Line: return ScanLine(buffer);
            case State.Literal: return ReadLiteral(buffer);
            case State.Skip: return SkipLine(buffer);
            case State.PendingBad:
                _state = State.Bad;
                return _result;
            default:
                throw new InvalidOperationException(
                    $"Decode returned {_state}: call Reset, AcceptLiteral, ResumeAfterStreamedLiteral or SkipRestOfLine first.");
        }
    }

    /// <summary>
    /// After <see cref="FrameStatus.LiteralAnnounced"/>: the literal's bytes follow in the buffer and belong to the frame.
    /// If they would make the frame larger than <see cref="ImapLimits.MaxFrameSize"/> (see
    /// <see cref="FrameResult.LiteralFitsFrame"/>), the next <see cref="Decode"/> answers <see cref="FrameError.FrameTooLarge"/>.
    /// </summary>
    public void AcceptLiteral()
    {
        RequireState(State.Announced);
        if (!_result.LiteralFitsFrame)
        {
            _result = FrameResult.Bad(_pos, FrameError.FrameTooLarge, "literal makes the frame too large", _tail.OpenPosition)
                .WithLiteral(_result.LiteralSize, _result.LiteralSynchronizing, _result.LiteralBinary);
            _badLineEnded = true;
            _state = State.PendingBad;
            return;
        }
        _literalRemaining = _result.LiteralSize;
        _state = State.Literal;
    }

    /// <summary>
    /// After <see cref="FrameStatus.LiteralAnnounced"/>: the caller consumed the announcement's
    /// <see cref="FrameResult.Length"/> bytes and then the literal itself (e.g. streamed an APPEND body to a store). The
    /// next <see cref="Decode"/> buffer starts right after the literal and continues the same frame: depth and literal
    /// count go on, positions restart at zero, and the streamed literal does not count toward the frame size.
    /// </summary>
    public void ResumeAfterStreamedLiteral()
    {
        RequireState(State.Announced);
        _before += _pos;
        _pos = 0;
        StartLine();
    }

    /// <summary>
    /// After <see cref="FrameStatus.Bad"/> (or to refuse an announced literal): the following <see cref="Decode"/> calls
    /// answer <see cref="FrameStatus.Discard"/> until the end of the offending line has been dropped, without buffering
    /// it, then the framer starts a fresh frame. Each Discard's buffer starts where the previous one ended; the first
    /// starts where the bad frame did, so the frame's earlier lines and literals are dropped too.
    /// </summary>
    public void SkipRestOfLine()
    {
        if (_state == State.Announced) _badLineEnded = true;
        else if (_state is not (State.Bad or State.PendingBad))
            throw new InvalidOperationException("SkipRestOfLine follows a Bad or LiteralAnnounced result.");
        _state = State.Skip;
    }

    /// <summary>Starts a new frame (after <see cref="FrameStatus.Complete"/>, or to abandon the current one).</summary>
    public void Reset()
    {
        _state = State.Line;
        _pos = 0;
        _before = 0;
        _literalRemaining = 0;
        _depth = 0;
        _literals = 0;
        _result = default;
        _badLineEnded = false;
        StartLine();
    }

    private void RequireState(State expected)
    {
        if (_state != expected)
            throw new InvalidOperationException($"Only valid after {expected}, not {_state}.");
    }

    private void StartLine()
    {
        _state = State.Line;
        _lineStart = _pos;
        _inQuote = false;
        _escape = false;
        _sawCr = false;
        _previous = 0;
        _tail.Clear();
    }

    private FrameResult ReadLiteral(in ReadOnlySequence<byte> buffer)
    {
        long available = buffer.Length - _pos;
        if (available < _literalRemaining)
        {
            _pos += available;
            _literalRemaining -= available;
            return FrameResult.NeedMoreData;
        }
        _pos += _literalRemaining;
        _literalRemaining = 0;
        StartLine();
        return ScanLine(buffer);
    }

    private FrameResult ScanLine(in ReadOnlySequence<byte> buffer)
    {
        foreach (var memory in buffer.Slice(_pos))
        {
            var span = memory.Span;
            int i = 0;
            while (i < span.Length)
            {
                int skipped = SkipOrdinary(span[i..]);
                i += skipped;
                if (skipped > 0) continue;
                if (Step(span[i++])) return _result;
            }
        }
        return FrameResult.NeedMoreData;
    }

    // Consumes a run of bytes that change nothing but the position, within the line and frame budgets.
    private int SkipOrdinary(ReadOnlySpan<byte> span)
    {
        if (!_tail.IsIdle || _sawCr || _escape) return 0;
        long budget = Math.Min(_limits.MaxLineLength - (_pos - _lineStart), _limits.MaxFrameSize - (_before + _pos));
        if (budget <= 0) return 0;
        if (budget < span.Length) span = span[..(int)budget];
        int n = span.IndexOfAny(!_checkNesting ? LineSpecials : _inQuote ? QuotedSpecials : Specials);
        if (n < 0) n = span.Length;
        if (n == 0) return 0;
        _previous = span[n - 1];
        _pos += n;
        BytesExamined += n;
        return n;
    }

    // Consumes one byte; true when a result is ready in _result.
    private bool Step(byte b)
    {
        long pos = _pos;
        BytesExamined++;
        if (pos - _lineStart >= _limits.MaxLineLength)
            return Fail(FrameError.LineTooLong, "line too long", pos, lineEnded: false);
        if (_before + pos >= _limits.MaxFrameSize)
            return Fail(FrameError.FrameTooLarge, "frame too large", pos, lineEnded: false);
        _pos = pos + 1;
        if (_sawCr)
            return b == (byte)'\n' ? EndLine() : Fail(FrameError.BareCarriageReturn, "CR not followed by LF", pos - 1, lineEnded: false);
        switch (b)
        {
            case (byte)'\r':
                _sawCr = true;
                return false;
            case (byte)'\n':
                return _tolerateBareLineFeed ? EndLine() : Fail(FrameError.BareLineFeed, "LF not preceded by CR", pos, lineEnded: true);
            case 0:
                return Fail(FrameError.NulInLine, "NUL in line", pos, lineEnded: false);
        }
        _tail.Feed(b, _previous, pos, _limits.MaxLiteralSize);
        _previous = b;
        return _checkNesting && TrackNesting(b, pos);
    }

    private bool TrackNesting(byte b, long pos)
    {
        if (_inQuote)
        {
            if (_escape) _escape = false;
            else if (b == (byte)'\\') _escape = true;
            else if (b == (byte)'"') _inQuote = false;
            return false;
        }
        switch (b)
        {
            case (byte)'"':
                _inQuote = true;
                break;
            case (byte)'(':
                if (++_depth > _limits.MaxNestingDepth)
                    return Fail(FrameError.NestingTooDeep, "parentheses nested too deep", pos, lineEnded: false);
                break;
            case (byte)')':
                if (_depth > 0) _depth--;
                break;
        }
        return false;
    }

    private bool EndLine()
    {
        _sawCr = false;
        if (!_tail.IsClosed)
        {
            _state = State.Complete;
            _result = FrameResult.Complete(_pos);
            return true;
        }
        if (_tail.TooLarge)
            return FailLiteral(FrameError.LiteralTooLarge, "literal too large", -1);
        if (_literals >= _limits.MaxLiteralsPerFrame)
            return FailLiteral(FrameError.TooManyLiterals, "too many literals", _tail.Size);
        _literals++;
        bool fits = _limits.MaxFrameSize - (_before + _pos) >= _tail.Size;
        _state = State.Announced;
        _result = FrameResult.Literal(_pos, _tail.Size, _tail.Synchronizing, _tail.Binary, fits);
        return true;
    }

    private bool FailLiteral(FrameError error, string reason, long size)
    {
        Fail(error, reason, _tail.OpenPosition, lineEnded: true);
        _result = _result.WithLiteral(size, _tail.Synchronizing, _tail.Binary);
        return true;
    }

    private bool Fail(FrameError error, string reason, long position, bool lineEnded)
    {
        _state = State.Bad;
        _badLineEnded = lineEnded;
        _result = FrameResult.Bad(_pos, error, reason, position);
        return true;
    }

    private FrameResult SkipLine(in ReadOnlySequence<byte> buffer)
    {
        if (_badLineEnded) return DiscardAndReset(_pos);
        long offset = _pos;
        foreach (var memory in buffer.Slice(Math.Min(_pos, buffer.Length)))
        {
            int lf = memory.Span.IndexOf((byte)'\n');
            BytesExamined += lf < 0 ? memory.Length : lf + 1;
            if (lf >= 0) return DiscardAndReset(offset + lf + 1);
            offset += memory.Length;
        }
        // No line end yet: drop everything seen; the next buffer starts after it.
        long seen = buffer.Length;
        _pos = 0;
        return seen == 0 ? FrameResult.NeedMoreData : FrameResult.Discard(seen);
    }

    private FrameResult DiscardAndReset(long length)
    {
        Reset();
        return FrameResult.Discard(length);
    }
}
