namespace Imap4.Mime.Headers;

/// <summary>
/// A tolerant tokenizer for structured header values (RFC 5322 3.2 lexical tokens, RFC 2045 tokens): comments,
/// quoted strings, atoms, MIME tokens, domain literals. Never throws: malformed input ends tokens early.
/// </summary>
internal ref struct Rfc822Reader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _pos;

    public Rfc822Reader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _pos = 0;
    }

    public readonly bool AtEnd => _pos >= _data.Length;

    public readonly int Position => _pos;

    public readonly byte Peek => _pos < _data.Length ? _data[_pos] : (byte)0;

    /// <summary>The text of the last comment skipped by <see cref="SkipCfws"/>, or empty.</summary>
    public ReadOnlySpan<byte> LastComment { get; private set; }

    public void Advance() => _pos++;

    public bool TryRead(byte b)
    {
        if (_pos < _data.Length && _data[_pos] == b)
        {
            _pos++;
            return true;
        }
        return false;
    }

    /// <summary>Skips white space, line ends and (nested) comments.</summary>
    public void SkipCfws()
    {
        while (_pos < _data.Length)
        {
            byte b = _data[_pos];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') _pos++;
            else if (b == (byte)'(') SkipComment();
            else return;
        }
    }

    private void SkipComment()
    {
        int depth = 0;
        int start = _pos + 1;
        while (_pos < _data.Length)
        {
            byte b = _data[_pos++];
            if (b == (byte)'\\') _pos++;
            else if (b == (byte)'(') depth++;
            else if (b == (byte)')' && --depth == 0)
            {
                LastComment = _data[start..(_pos - 1)];
                return;
            }
        }
        LastComment = _data[Math.Min(start, _data.Length)..];
        _pos = _data.Length;
    }

    /// <summary>RFC 2045 token: any CHAR except SP, CTLs and tspecials; 8-bit bytes are accepted.</summary>
    public ReadOnlySpan<byte> ReadMimeToken()
    {
        int start = _pos;
        while (_pos < _data.Length && IsTokenChar(_data[_pos])) _pos++;
        return _data[start.._pos];
    }

    /// <summary>RFC 5322 atom (atext, 8-bit accepted per RFC 6532).</summary>
    public ReadOnlySpan<byte> ReadAtom(bool allowDot)
    {
        int start = _pos;
        while (_pos < _data.Length && (IsAtext(_data[_pos]) || (allowDot && _data[_pos] == (byte)'.'))) _pos++;
        return _data[start.._pos];
    }

    /// <summary>Reads a quoted string at <c>"</c>, unescaping; an unterminated one runs to the end.</summary>
    public byte[] ReadQuoted()
    {
        var result = new List<byte>();
        _pos++;
        while (_pos < _data.Length)
        {
            byte b = _data[_pos++];
            if (b == (byte)'"') return result.ToArray();
            if (b == (byte)'\\' && _pos < _data.Length) b = _data[_pos++];
            if (b is not ((byte)'\r' or (byte)'\n')) result.Add(b);
        }
        return result.ToArray();
    }

    /// <summary>Reads a domain literal at <c>[</c>, brackets included.</summary>
    public ReadOnlySpan<byte> ReadDomainLiteral()
    {
        int start = _pos;
        while (_pos < _data.Length)
        {
            byte b = _data[_pos++];
            if (b == (byte)'\\') _pos++;
            else if (b == (byte)']') break;
        }
        return _data[start..Math.Min(_pos, _data.Length)];
    }

    /// <summary>Skips to the next occurrence of <paramref name="b"/> outside quotes and comments (not consuming it), or to the end.</summary>
    public void SkipTo(byte b)
    {
        while (_pos < _data.Length && _data[_pos] != b)
        {
            byte c = _data[_pos];
            if (c == (byte)'"') ReadQuoted();
            else if (c == (byte)'(') SkipComment();
            else _pos++;
        }
    }

    /// <summary>Skips to just after the next occurrence of <paramref name="b"/> outside quotes and comments, or to the end.</summary>
    public void SkipPast(byte b)
    {
        while (_pos < _data.Length)
        {
            byte c = _data[_pos];
            if (c == (byte)'"') ReadQuoted();
            else if (c == (byte)'(') SkipComment();
            else
            {
                _pos++;
                if (c == b) return;
            }
        }
    }

    public static bool IsTokenChar(byte b) => b > 32 && b != 127 && "()<>@,;:\\\"/[]?="u8.IndexOf(b) < 0;

    public static bool IsAtext(byte b) => b >= 128 || (b > 32 && b < 127 && "()<>[]:;@\\,.\""u8.IndexOf(b) < 0);
}
