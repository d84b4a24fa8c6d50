using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Imap4.Protocol.Wire;

/// <summary>
/// Writes IMAP tokens to an <see cref="IBufferWriter{T}"/>, choosing atom, quoted string or literal for each value
/// (CR, LF and, without UTF8=ACCEPT, 8-bit data always as a literal). As a client it records a continuation point after
/// each synchronizing literal announcement, where the sender must wait for the server's "+" before going on.
/// </summary>
public sealed partial class ImapWriter
{
    private readonly IBufferWriter<byte> _output;
    private List<long>? _continuationPoints;

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where bytes go.</param>
    /// <param name="options">Encoding choices; defaults to <see cref="ImapWriterOptions.Client"/>.</param>
    public ImapWriter(IBufferWriter<byte> output, ImapWriterOptions? options = null)
    {
        _output = output;
        Options = options ?? ImapWriterOptions.Client;
    }

    /// <summary>The encoding choices in force.</summary>
    public ImapWriterOptions Options { get; }

    /// <summary>Bytes written so far.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>
    /// Offsets (in bytes written) just after each synchronizing literal announcement's CRLF: the client sends up to
    /// each point, then waits for a continuation request. Empty for servers and non-synchronizing literals.
    /// </summary>
    public IReadOnlyList<long> ContinuationPoints => (IReadOnlyList<long>?)_continuationPoints ?? [];

    /// <summary>Writes raw bytes as they are.</summary>
    /// <param name="bytes">The bytes.</param>
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        BytesWritten += bytes.Length;
    }

    /// <summary>Writes an ASCII string as it is (keywords, atoms known to be valid).</summary>
    /// <param name="ascii">The text; must be ASCII.</param>
    public void WriteRaw(string ascii)
    {
        Span<byte> span = _output.GetSpan(ascii.Length);
        int n = Encoding.ASCII.GetBytes(ascii, span);
        _output.Advance(n);
        BytesWritten += n;
    }

    /// <summary>Space for at least <paramref name="size"/> bytes; follow with <see cref="Advance"/>.</summary>
    private Span<byte> GetSpan(int size) => _output.GetSpan(size);

    /// <summary>Commits bytes written into the span of <see cref="GetSpan"/>.</summary>
    private void Advance(int count)
    {
        _output.Advance(count);
        BytesWritten += count;
    }

    /// <summary>Writes one byte.</summary>
    /// <param name="value">The byte.</param>
    public void WriteByte(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
        BytesWritten++;
    }

    /// <summary>SP.</summary>
    public void WriteSpace() => WriteByte((byte)' ');

    /// <summary>CRLF.</summary>
    public void WriteCrlf() => WriteRaw("\r\n"u8);

    /// <summary>NIL.</summary>
    public void WriteNil() => WriteRaw("NIL"u8);

    /// <summary>A number (number, nz-number or number64).</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(ulong value)
    {
        Span<byte> span = _output.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out int n);
        _output.Advance(n);
        BytesWritten += n;
    }

    /// <summary>An atom. The caller guarantees it is one (validated values, keywords).</summary>
    /// <param name="atom">The atom.</param>
    public void WriteAtom(string atom)
    {
        if (!ImapChars.IsAStringAtom(atom)) throw new ArgumentException($"'{atom}' is not an atom", nameof(atom));
        WriteRaw(atom);
    }

    /// <summary>astring: an atom when every character allows it (and it is not "NIL"), else a string.</summary>
    /// <param name="value">The value.</param>
    public void WriteAString(string value)
    {
        if (ImapChars.IsAStringAtom(value) && !value.Equals("NIL", StringComparison.OrdinalIgnoreCase)) WriteRaw(value);
        else WriteString(value);
    }

    /// <summary>nstring: NIL for null, else a string.</summary>
    /// <param name="value">The value or null.</param>
    public void WriteNString(string? value)
    {
        if (value is null) WriteNil();
        else WriteString(value);
    }

    /// <summary>string: quoted when possible, else a literal (CR, LF, long values, 8-bit data without UTF-8).</summary>
    /// <param name="value">The value; must not contain NUL.</param>
    public void WriteString(string value)
    {
        int byteCount = Encoding.UTF8.GetByteCount(value);
        if (CanQuote(value, byteCount))
        {
            WriteQuoted(value, byteCount);
            return;
        }
        byte[] rented = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            int n = Encoding.UTF8.GetBytes(value, rented);
            WriteLiteral(rented.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>string from bytes: quoted when possible, else a literal.</summary>
    /// <param name="value">The bytes; must not contain NUL.</param>
    public void WriteString(ReadOnlySpan<byte> value)
    {
        if (CanQuote(value)) WriteQuotedBytes(value);
        else WriteLiteral(value);
    }

    private bool CanQuote(string value, int byteCount)
    {
        if (byteCount > Options.MaxQuotedLength) return false;
        bool eightBit = byteCount != value.Length;
        if (eightBit && !Options.Utf8) return false;
        foreach (char c in value)
        {
            if (c is '\r' or '\n') return false;
            if (c == '\0') throw new ArgumentException("NUL cannot be sent in an IMAP string", nameof(value));
        }
        return true;
    }

    private bool CanQuote(ReadOnlySpan<byte> value)
    {
        if (value.Length > Options.MaxQuotedLength) return false;
        if (value.Contains((byte)0)) throw new ArgumentException("NUL cannot be sent in an IMAP string", nameof(value));
        if (value.IndexOfAny((byte)'\r', (byte)'\n') >= 0) return false;
        if (!Options.Utf8 && !Ascii.IsValid(value)) return false;
        return !Options.Utf8 || System.Text.Unicode.Utf8.IsValid(value);
    }

    /// <summary>A quoted string, escaping DQUOTE and backslash. The caller guarantees it holds no CR, LF or NUL.</summary>
    /// <param name="value">The value.</param>
    public void WriteQuoted(string value) => WriteQuoted(value, Encoding.UTF8.GetByteCount(value));

    private void WriteQuoted(string value, int byteCount)
    {
        // Worst case every byte is escaped, plus the two quotes.
        Span<byte> span = _output.GetSpan((byteCount * 2) + 2);
        int n = 0;
        span[n++] = (byte)'"';
        int written = Encoding.UTF8.GetBytes(value, span[1..]);
        n += Escape(span.Slice(1, written), span[1..], written);
        span[n++] = (byte)'"';
        _output.Advance(n);
        BytesWritten += n;
    }

    /// <summary>A quoted string from bytes, escaping DQUOTE and backslash. The caller guarantees no CR, LF or NUL.</summary>
    /// <param name="value">The bytes.</param>
    public void WriteQuoted(ReadOnlySpan<byte> value) => WriteQuotedBytes(value);

    private void WriteQuotedBytes(ReadOnlySpan<byte> value)
    {
        Span<byte> span = _output.GetSpan((value.Length * 2) + 2);
        span[0] = (byte)'"';
        value.CopyTo(span[1..]);
        int n = 1 + Escape(span.Slice(1, value.Length), span[1..], value.Length);
        span[n++] = (byte)'"';
        _output.Advance(n);
        BytesWritten += n;
    }

    /// <summary>Escapes in place, right to left, inside a span with room for the doubled length.</summary>
    private static int Escape(ReadOnlySpan<byte> source, Span<byte> target, int length)
    {
        int specials = 0;
        foreach (byte b in source)
            if (b is (byte)'"' or (byte)'\\') specials++;
        if (specials == 0) return length;
        int w = length + specials;
        for (int r = length - 1; r >= 0; r--)
        {
            byte b = target[r];
            target[--w] = b;
            if (b is (byte)'"' or (byte)'\\') target[--w] = (byte)'\\';
        }
        return length + specials;
    }

    /// <summary>A literal with its announcement: <c>{n}</c>, <c>{n+}</c> or <c>~{n}</c> as the options and kind require.</summary>
    /// <param name="data">The bytes. NUL is allowed only in a literal8.</param>
    /// <param name="binary">True for a literal8 (BINARY, RFC 3516).</param>
    public void WriteLiteral(ReadOnlySpan<byte> data, bool binary = false)
    {
        if (!binary && data.Contains((byte)0)) throw new ArgumentException("NUL is allowed only in a literal8", nameof(data));
        WriteLiteralHeader(data.Length, binary);
        WriteRaw(data);
    }

    /// <summary>
    /// Writes a literal announcement and its CRLF; the caller then sends exactly <paramref name="size"/> bytes (streamed).
    /// Records a continuation point when the client must wait for "+".
    /// </summary>
    /// <param name="size">The literal's length in bytes.</param>
    /// <param name="binary">True for a literal8.</param>
    /// <returns>True when the literal is synchronizing and the client must wait for a continuation request.</returns>
    public bool WriteLiteralHeader(long size, bool binary = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        bool synchronizing = Options.IsClient && Options.LiteralMode switch
        {
            LiteralMode.NonSynchronizing => false,
            LiteralMode.LiteralMinus => size > 4096,
            _ => true,
        };
        if (binary) WriteByte((byte)'~');
        WriteByte((byte)'{');
        WriteNumber((ulong)size);
        if (Options.IsClient && !synchronizing) WriteByte((byte)'+');
        WriteRaw("}\r\n"u8);
        if (synchronizing) (_continuationPoints ??= []).Add(BytesWritten);
        return synchronizing;
    }
}
