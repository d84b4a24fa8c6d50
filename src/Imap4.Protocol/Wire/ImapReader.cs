using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Imap4.Protocol.Wire;

/// <summary>
/// Reads the tokens of one complete frame (a command or a response, literals inline) as the IMAP grammar defines them.
/// Each method is named after the ABNF rule it reads (RFC 9051 section 9) and throws <see cref="ImapParseException"/>
/// with the byte position when the input does not match. Methods returning spans return views that stay valid until the
/// next read; methods returning strings allocate only the value they return.
/// </summary>
public ref partial struct ImapReader
{
    private SequenceReader<byte> _reader;
    private readonly int _maxDepth;
    private byte[]? _scratch;

    /// <summary>Creates a reader over one frame.</summary>
    /// <param name="frame">The frame's bytes, from its first byte through its final CRLF.</param>
    /// <param name="limits">Limits applied while parsing (nesting depth); defaults to <see cref="ImapLimits.ServerDefault"/>.</param>
    public ImapReader(ReadOnlySequence<byte> frame, ImapLimits? limits = null)
    {
        _reader = new SequenceReader<byte>(frame);
        _maxDepth = (limits ?? ImapLimits.ServerDefault).MaxNestingDepth;
        _scratch = null;
        Depth = 0;
        Utf8Mailboxes = false;
    }

    /// <summary>Creates a reader over one frame held in a single buffer.</summary>
    /// <param name="frame">The frame's bytes.</param>
    /// <param name="limits">Limits applied while parsing.</param>
    public ImapReader(ReadOnlyMemory<byte> frame, ImapLimits? limits = null)
        : this(new ReadOnlySequence<byte>(frame), limits)
    {
    }

    /// <summary>
    /// True once UTF-8 mailbox names are in use (UTF8=ACCEPT enabled, or IMAP4rev2): <see cref="ReadMailbox"/> then takes
    /// names as UTF-8 instead of decoding modified UTF-7.
    /// </summary>
    public bool Utf8Mailboxes { get; set; }

    /// <summary>Byte offset of the next byte to read, from the start of the frame.</summary>
    public readonly long Position => _reader.Consumed;

    /// <summary>True when every byte of the frame has been read.</summary>
    public readonly bool End => _reader.End;

    /// <summary>Current nesting depth of parenthesised lists entered with <see cref="EnterList"/>.</summary>
    public int Depth { get; private set; }

    /// <summary>The bytes not yet read.</summary>
    public readonly ReadOnlySequence<byte> Remaining => _reader.UnreadSequence;

    /// <summary>Throws an <see cref="ImapParseException"/> at the current position.</summary>
    /// <param name="reason">What was expected or wrong.</param>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public readonly void Fail(string reason) => throw new ImapParseException(_reader.Consumed, reason);

    /// <summary>Returns the next byte without consuming it, or false at the end of the frame.</summary>
    /// <param name="value">The next byte.</param>
    /// <returns>Whether a byte was available.</returns>
    public readonly bool TryPeek(out byte value) => _reader.TryPeek(out value);

    /// <summary>Returns the next byte without consuming it; throws at the end of the frame.</summary>
    /// <returns>The next byte.</returns>
    public readonly byte Peek()
    {
        if (!_reader.TryPeek(out byte b)) Fail("unexpected end of data");
        return b;
    }

    /// <summary>Returns the byte <paramref name="offset"/> bytes ahead without consuming anything, or false past the end.</summary>
    /// <param name="offset">0 for the next byte.</param>
    /// <param name="value">The byte.</param>
    /// <returns>Whether that byte exists.</returns>
    public readonly bool TryPeek(long offset, out byte value) => _reader.TryPeek(offset, out value);

    /// <summary>Consumes the next byte if it equals <paramref name="value"/>.</summary>
    /// <param name="value">The expected byte.</param>
    /// <returns>Whether it was there and consumed.</returns>
    public bool TryRead(byte value)
    {
        if (_reader.TryPeek(out byte b) && b == value)
        {
            _reader.Advance(1);
            return true;
        }
        return false;
    }

    /// <summary>Consumes <paramref name="value"/> or throws naming <paramref name="rule"/>.</summary>
    /// <param name="value">The byte the grammar requires here.</param>
    /// <param name="rule">The rule or token for the error message, e.g. <c>"\"(\""</c>.</param>
    public void Expect(byte value, string rule)
    {
        if (!TryRead(value)) Fail($"expected {rule}");
    }

    /// <summary>Skips <paramref name="count"/> bytes.</summary>
    /// <param name="count">How many bytes.</param>
    public void Advance(long count)
    {
        if (_reader.Remaining < count) Fail("unexpected end of data");
        _reader.Advance(count);
    }

    /// <summary>SP: exactly one space.</summary>
    public void ReadSpace() => Expect((byte)' ', "SP");

    /// <summary>Consumes one space if present.</summary>
    /// <returns>Whether a space was consumed.</returns>
    public bool TryReadSpace() => TryRead((byte)' ');

    /// <summary>CRLF. A bare LF is accepted, since real peers send it.</summary>
    public void ReadCrlf()
    {
        TryRead((byte)'\r');
        Expect((byte)'\n', "CRLF");
    }

    /// <summary>True when the next bytes end the line (CR or LF) or the frame has ended.</summary>
    public readonly bool IsAtEndOfLine => !_reader.TryPeek(out byte b) || b == '\r' || b == '\n';

    /// <summary>Throws unless the frame has been read through its final CRLF.</summary>
    public readonly void ExpectEnd()
    {
        if (!_reader.End) Fail("unexpected data at end of line");
    }

    /// <summary>"(": enters a parenthesised list, enforcing <see cref="ImapLimits.MaxNestingDepth"/>.</summary>
    public void EnterList()
    {
        if (!TryEnterList()) Fail("expected \"(\"");
    }

    /// <summary>Enters a list if the next byte is "(".</summary>
    /// <returns>Whether a list was entered.</returns>
    public bool TryEnterList()
    {
        if (!_reader.TryPeek(out byte b) || b != '(') return false;
        Nest();
        _reader.Advance(1);
        return true;
    }

    /// <summary>")": leaves the list entered last.</summary>
    public void ExitList()
    {
        Expect((byte)')', "\")\"");
        Depth--;
    }

    /// <summary>Leaves the current list if the next byte is ")".</summary>
    /// <returns>Whether the list ended here.</returns>
    public bool TryExitList()
    {
        if (!TryRead((byte)')')) return false;
        Depth--;
        return true;
    }

    /// <summary>Counts one level of nesting for structures not written with parentheses (e.g. search-key groups).</summary>
    public void Nest()
    {
        if (++Depth > _maxDepth) Fail($"nesting deeper than {_maxDepth}");
    }

    /// <summary>Undoes <see cref="Nest"/>.</summary>
    public void Unnest() => Depth--;

    /// <summary>"NIL" (case-insensitive) if it is next.</summary>
    /// <returns>Whether NIL was read.</returns>
    public bool TryReadNil() => TryReadKeyword("NIL"u8);

    /// <summary>
    /// Reads <paramref name="keyword"/> (ASCII, compared case-insensitively) if it is next and is not followed by another
    /// ATOM-CHAR; otherwise consumes nothing. Allocates nothing.
    /// </summary>
    /// <param name="keyword">The keyword, e.g. <c>"FETCH"u8</c>.</param>
    /// <returns>Whether the keyword was read.</returns>
    public bool TryReadKeyword(ReadOnlySpan<byte> keyword)
    {
        ReadOnlySpan<byte> unread = _reader.UnreadSpan;
        if (unread.Length > keyword.Length)
        {
            if (!Ascii.EqualsIgnoreCase(unread[..keyword.Length], keyword) || ImapChars.IsAtomChar(unread[keyword.Length]))
                return false;
            _reader.Advance(keyword.Length);
            return true;
        }
        return TryReadKeywordSlow(keyword);
    }

    private bool TryReadKeywordSlow(ReadOnlySpan<byte> keyword)
    {
        for (int i = 0; i < keyword.Length; i++)
        {
            if (!_reader.TryPeek(i, out byte b) || Upper(b) != Upper(keyword[i])) return false;
        }
        if (_reader.TryPeek(keyword.Length, out byte next) && ImapChars.IsAtomChar(next)) return false;
        _reader.Advance(keyword.Length);
        return true;
    }

    private static byte Upper(byte b) => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b;

    /// <summary>Reads <paramref name="keyword"/> or throws.</summary>
    /// <param name="keyword">The keyword, e.g. <c>"FETCH"u8</c>.</param>
    public void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!TryReadKeyword(keyword)) Fail($"expected {Encoding.ASCII.GetString(keyword)}");
    }

    /// <summary>
    /// Reads the longest run of bytes of one class (at least one byte). The span is valid until the next read.
    /// </summary>
    private ReadOnlySpan<byte> ReadRun(CharClass cls, string rule)
    {
        ReadOnlySpan<byte> unread = _reader.UnreadSpan;
        int n = 0;
        while (n < unread.Length && Is(cls, unread[n])) n++;
        if (n < unread.Length || _reader.Remaining == unread.Length)
        {
            if (n == 0) Fail($"expected {rule}");
            _reader.Advance(n);
            return unread[..n];
        }
        return ReadRunSlow(cls, rule);
    }

    private ReadOnlySpan<byte> ReadRunSlow(CharClass cls, string rule)
    {
        long n = 0;
        while (_reader.TryPeek(n, out byte b) && Is(cls, b)) n++;
        if (n == 0) Fail($"expected {rule}");
        if (n > int.MaxValue) Fail($"{rule} too long");
        if (_scratch is null || _scratch.Length < n) _scratch = new byte[Math.Max(64, (int)n)];
        _reader.TryCopyTo(_scratch.AsSpan(0, (int)n));
        _reader.Advance(n);
        return _scratch.AsSpan(0, (int)n);
    }

    private enum CharClass { Atom, AString, Tag, List, Digit, Sequence, Text }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Is(CharClass cls, byte b) => cls switch
    {
        CharClass.Atom => ImapChars.IsAtomChar(b),
        CharClass.AString => ImapChars.IsAStringChar(b),
        CharClass.Tag => ImapChars.IsTagChar(b),
        CharClass.List => ImapChars.IsListChar(b),
        CharClass.Digit => ImapChars.IsDigit(b),
        CharClass.Sequence => ImapChars.IsDigit(b) || b is (byte)':' or (byte)',' or (byte)'*' or (byte)'$',
        _ => b != '\r' && b != '\n' && b != 0,
    };

    /// <summary>atom: 1*ATOM-CHAR. The span is valid until the next read.</summary>
    /// <returns>The atom's bytes.</returns>
    public ReadOnlySpan<byte> ReadAtomSpan() => ReadRun(CharClass.Atom, "atom");

    /// <summary>atom: 1*ATOM-CHAR, as a string.</summary>
    /// <returns>The atom.</returns>
    public string ReadAtom() => Encoding.ASCII.GetString(ReadAtomSpan());

    /// <summary>1*ASTRING-CHAR (the atom form of astring, which also allows "]"). Valid until the next read.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> ReadAStringAtomSpan() => ReadRun(CharClass.AString, "astring");

    /// <summary>tag: 1*&lt;any ASTRING-CHAR except "+"&gt;. Valid until the next read.</summary>
    /// <returns>The tag's bytes.</returns>
    public ReadOnlySpan<byte> ReadTagSpan() => ReadRun(CharClass.Tag, "tag");

    /// <summary>1*list-char (the atom form of list-mailbox). Valid until the next read.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> ReadListCharsSpan() => ReadRun(CharClass.List, "list-mailbox");

    /// <summary>The characters of sequence-set: digits, ":", ",", "*", "$". Valid until the next read.</summary>
    /// <returns>The bytes, to be given to the sequence-set parser.</returns>
    public ReadOnlySpan<byte> ReadSequenceSetSpan() => ReadRun(CharClass.Sequence, "sequence-set");

    /// <summary>
    /// text: 1*TEXT-CHAR up to (not including) CRLF. 8-bit bytes are accepted (UTF-8 servers). Valid until the next read.
    /// </summary>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> ReadTextSpan() => ReadRun(CharClass.Text, "text");

    /// <summary>text up to CRLF, decoded as UTF-8; empty when the line ends here (tolerating servers that omit text).</summary>
    /// <returns>The text.</returns>
    public string ReadText() => IsAtEndOfLine ? string.Empty : Encoding.UTF8.GetString(ReadTextSpan());
}
