using System.Buffers;
using System.Text;

namespace Imap4.Protocol.Wire;

public ref partial struct ImapReader
{
    /// <summary>number: 1*DIGIT, an unsigned 32-bit integer.</summary>
    /// <returns>The value.</returns>
    public uint ReadNumber()
    {
        ulong v = ReadNumber64();
        if (v > uint.MaxValue) Fail("number larger than 4294967295");
        return (uint)v;
    }

    /// <summary>nz-number: a number that is not zero.</summary>
    /// <returns>The value.</returns>
    public uint ReadNzNumber()
    {
        uint v = ReadNumber();
        if (v == 0) Fail("expected nz-number, got 0");
        return v;
    }

    /// <summary>number64: 1*DIGIT up to 2^63-1 (RFC 9051; mod-sequence values).</summary>
    /// <returns>The value.</returns>
    public ulong ReadNumber64()
    {
        ReadOnlySpan<byte> digits = ReadRun(CharClass.Digit, "number");
        if (digits.Length > 19) Fail("number too large");
        ulong v = 0;
        foreach (byte d in digits) v = (v * 10) + (ulong)(d - '0');
        if (v > long.MaxValue) Fail("number too large");
        return v;
    }

    /// <summary>True when the next bytes start a string (DQUOTE, "{" or "~{"; a "~" alone is an atom char, as in "~/Mail/").</summary>
    public readonly bool IsAtString =>
        _reader.TryPeek(out byte b) && (b == '"' || b == '{' || (b == '~' && _reader.TryPeek(1, out byte n) && n == '{'));

    /// <summary>quoted: DQUOTE *QUOTED-CHAR DQUOTE, with backslash escapes removed, decoded as UTF-8.</summary>
    /// <returns>The value.</returns>
    public string ReadQuoted() => Encoding.UTF8.GetString(ReadQuotedSpan());

    /// <summary>quoted, as bytes with escapes removed. Valid until the next read.</summary>
    /// <returns>The unescaped bytes.</returns>
    public ReadOnlySpan<byte> ReadQuotedSpan()
    {
        Expect((byte)'"', "DQUOTE");
        ReadOnlySpan<byte> unread = _reader.UnreadSpan;
        int n = unread.IndexOfAny((byte)'"', (byte)'\\', (byte)'\r');
        if (n >= 0 && unread[n] == '"')
        {
            _reader.Advance(n + 1); // fast path: no escapes, contiguous
            return unread[..n];
        }
        return ReadQuotedSlow();
    }

    private ReadOnlySpan<byte> ReadQuotedSlow()
    {
        int length = 0;
        while (true)
        {
            if (!_reader.TryRead(out byte b)) Fail("unterminated quoted string");
            if (b == '"') break;
            if (b is (byte)'\r' or (byte)'\n') Fail("unterminated quoted string");
            if (b == 0) Fail("NUL in quoted string");
            if (b == '\\')
            {
                if (!_reader.TryRead(out b)) Fail("unterminated quoted string");
                if (!ImapChars.IsQuotedSpecial(b)) Fail("invalid escape in quoted string");
            }
            if (_scratch is null || _scratch.Length == length) Array.Resize(ref _scratch, Math.Max(64, length * 2));
            _scratch[length++] = b;
        }
        return _scratch is null ? [] : _scratch.AsSpan(0, length);
    }

    /// <summary>
    /// A quoted string that ends only at a DQUOTE followed by <c>")"</c>: the last field of a list read leniently, because
    /// some servers (iCloud) send a Message-ID with unescaped quotes inside the ENVELOPE's final quoted string.
    /// </summary>
    /// <returns>The value, backslash escapes removed, decoded as UTF-8.</returns>
    internal string ReadQuotedToListEnd()
    {
        Expect((byte)'"', "DQUOTE");
        int length = 0;
        while (true)
        {
            if (!_reader.TryRead(out byte b) || b is (byte)'\r' or (byte)'\n') Fail("unterminated quoted string");
            if (b == '"' && _reader.TryPeek(out byte next) && next == ')') break;
            if (b == 0) Fail("NUL in quoted string");
            if (b == '\\' && (!_reader.TryRead(out b) || !ImapChars.IsQuotedSpecial(b))) Fail("invalid escape in quoted string");
            if (_scratch is null || _scratch.Length == length) Array.Resize(ref _scratch, Math.Max(64, length * 2));
            _scratch[length++] = b;
        }
        return _scratch is null ? string.Empty : Encoding.UTF8.GetString(_scratch, 0, length);
    }

    /// <summary>Moves back <paramref name="count"/> bytes already read (for a lenient re-read).</summary>
    /// <param name="count">How many bytes.</param>
    internal void Rewind(long count) => _reader.Rewind(count);

    /// <summary>
    /// literal / literal8: <c>{n}</c> (or <c>{n+}</c>, <c>~{n}</c>) CRLF then n bytes, returned without copying.
    /// </summary>
    /// <param name="binary">True when the literal was a literal8 (<c>~{n}</c>), which may contain NUL.</param>
    /// <returns>The literal's bytes.</returns>
    public ReadOnlySequence<byte> ReadLiteral(out bool binary)
    {
        binary = TryRead((byte)'~');
        Expect((byte)'{', "literal");
        ulong size = ReadNumber64();
        TryRead((byte)'+');
        Expect((byte)'}', "\"}\"");
        if (!TryRead((byte)'\r') || !TryRead((byte)'\n')) Fail("expected CRLF after literal size");
        if ((ulong)_reader.Remaining < size) Fail("literal longer than the data");
        ReadOnlySequence<byte> data = _reader.UnreadSequence.Slice(0, (long)size);
        _reader.Advance((long)size);
        return data;
    }

    /// <summary>string: quoted or literal, as bytes (a literal is not copied; a quoted string's view is valid until the next read).</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlySequence<byte> ReadStringBytes()
    {
        if (Peek() == '"') return new ReadOnlySequence<byte>(ReadQuotedSpan().ToArray());
        return ReadLiteral(out _);
    }

    /// <summary>string: quoted or literal, decoded as UTF-8.</summary>
    /// <returns>The value.</returns>
    public string ReadString()
    {
        byte b = Peek();
        if (b == '"') return ReadQuoted();
        if (b is (byte)'{' or (byte)'~') return Decode(ReadLiteral(out _));
        Fail("expected string");
        return null;
    }

    /// <summary>astring: 1*ASTRING-CHAR or string, decoded as UTF-8.</summary>
    /// <returns>The value.</returns>
    public string ReadAString() => IsAtString ? ReadString() : Encoding.UTF8.GetString(ReadAStringAtomSpan());

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// astring decoded as UTF-8, refusing invalid UTF-8 instead of replacing it (for names a server stores: two different
    /// invalid byte strings must not become the same name).
    /// </summary>
    /// <returns>The value.</returns>
    public string ReadAStringStrict()
    {
        long start = Position;
        try
        {
            if (!IsAtString) return StrictUtf8.GetString(ReadAStringAtomSpan());
            if (Peek() == '"') return StrictUtf8.GetString(ReadQuotedSpan());
            ReadOnlySequence<byte> data = ReadLiteral(out _);
            return data.IsSingleSegment ? StrictUtf8.GetString(data.FirstSpan) : StrictUtf8.GetString(in data);
        }
        catch (DecoderFallbackException)
        {
            throw new ImapParseException(start, "invalid UTF-8");
        }
    }

    /// <summary>nstring: string or NIL (null).</summary>
    /// <returns>The value, or null for NIL.</returns>
    public string? ReadNString() => TryReadNil() ? null : ReadString();

    /// <summary>nstring as bytes: string or NIL (null).</summary>
    /// <returns>The bytes, or null for NIL.</returns>
    public ReadOnlySequence<byte>? ReadNStringBytes() => TryReadNil() ? null : ReadStringBytes();

    /// <summary>
    /// list-mailbox: 1*list-char or string (a LIST pattern), decoded as UTF-8.
    /// </summary>
    /// <returns>The pattern.</returns>
    public string ReadListMailbox() => IsAtString ? ReadString() : Encoding.UTF8.GetString(ReadListCharsSpan());

    private static string Decode(ReadOnlySequence<byte> data) =>
        data.IsSingleSegment ? Encoding.UTF8.GetString(data.FirstSpan) : Encoding.UTF8.GetString(in data);
}
