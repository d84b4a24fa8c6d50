namespace Imap4.Mime.Parsing;

/// <summary>
/// Reads a stream line by line (a line ends after LF, or at the end of input), keeping only as many bytes of each line
/// as the caller asks for, and counting LFs and bare LFs (LF without CR) so virtual CRLF sizes can be computed later
/// without storing the content.
/// </summary>
internal sealed class LineReader : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _pos;
    private int _len;
    private long _bufferStart;
    private bool _eof;
    private byte _previous;
    private byte[] _kept = new byte[512];

    private readonly bool _synchronous;

    /// <param name="stream">The source.</param>
    /// <param name="synchronous">True to read with <see cref="Stream.Read(byte[], int, int)"/> (every read completes synchronously).</param>
    /// <param name="bufferSize">Bytes read at a time.</param>
    public LineReader(Stream stream, bool synchronous, int bufferSize = 64 * 1024)
    {
        _stream = stream;
        _synchronous = synchronous;
        // Pooled: a parse of a small message would otherwise spend most of its time allocating and zeroing the buffer.
        _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(bufferSize);
    }

    /// <summary>Returns the buffer to the pool; the reader must not be used afterwards.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0) System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Absolute offset of the next unread byte.</summary>
    public long Position => _bufferStart + _pos;

    /// <summary>LFs consumed so far.</summary>
    public long Lines { get; private set; }

    /// <summary>LFs not preceded by CR consumed so far.</summary>
    public long BareLines { get; private set; }

    /// <summary>LFs consumed before the last line.</summary>
    public long LinesBefore { get; private set; }

    /// <summary>Bare LFs consumed before the last line.</summary>
    public long BareLinesBefore { get; private set; }

    /// <summary>Terminator of the line before the last line (0 when none).</summary>
    public int PreviousTerminator { get; private set; }

    /// <summary>Offset of the last line read.</summary>
    public long LineStart { get; private set; }

    /// <summary>Length of the last line read, terminator included.</summary>
    public long LineLength { get; private set; }

    /// <summary>Terminator of the last line: 0 (end of input), 1 (LF) or 2 (CRLF).</summary>
    public int Terminator { get; private set; }

    /// <summary>Whether the last line was cut to the keep limit.</summary>
    public bool Truncated { get; private set; }

    /// <summary>The kept bytes of the last line (terminator included when it fit).</summary>
    public ReadOnlySpan<byte> Kept => _kept.AsSpan(0, KeptLength);

    private int KeptLength { get; set; }

    /// <summary>
    /// Reads one line; false at end of input. Completes synchronously while the buffer holds the line, or always when the
    /// reader was made for synchronous reads; otherwise it awaits <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>.
    /// </summary>
    /// <param name="keepLimit">At most this many bytes of the line are kept.</param>
    /// <param name="cancellationToken">Cancels an asynchronous read.</param>
    public ValueTask<bool> ReadLineAsync(int keepLimit, CancellationToken cancellationToken)
    {
        BeginLine();
        while (true)
        {
            if (_pos == _len)
            {
                if (_eof) return new ValueTask<bool>(EndLine());
                if (!_synchronous) return ReadLineSlowAsync(keepLimit, cancellationToken);
                Filled(_stream.Read(_buffer, 0, _buffer.Length));
                continue;
            }
            if (Scan(keepLimit)) return new ValueTask<bool>(EndLine());
        }
    }

    private async ValueTask<bool> ReadLineSlowAsync(int keepLimit, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_pos == _len)
            {
                if (_eof) return EndLine();
                Filled(await _stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false));
                continue;
            }
            if (Scan(keepLimit)) return EndLine();
        }
    }

    private void BeginLine()
    {
        LinesBefore = Lines;
        BareLinesBefore = BareLines;
        PreviousTerminator = Terminator;
        LineStart = Position;
        KeptLength = 0;
        Terminator = 0;
        Truncated = false;
    }

    /// <summary>Consumes buffered bytes up to and including the next LF; true when the line ended.</summary>
    private bool Scan(int keepLimit)
    {
        var span = _buffer.AsSpan(_pos, _len - _pos);
        int lf = span.IndexOf((byte)'\n');
        int take = lf < 0 ? span.Length : lf + 1;
        Keep(span[..take], keepLimit);
        if (lf >= 0)
        {
            byte before = lf > 0 ? span[lf - 1] : _previous;
            Lines++;
            if (before != (byte)'\r') BareLines++;
            Terminator = before == (byte)'\r' ? 2 : 1;
        }
        _previous = span[take - 1];
        _pos += take;
        return lf >= 0;
    }

    private bool EndLine()
    {
        LineLength = Position - LineStart;
        return LineLength > 0;
    }

    private void Keep(ReadOnlySpan<byte> bytes, int limit)
    {
        int room = limit - KeptLength;
        if (room <= 0)
        {
            if (bytes.Length > 0) Truncated = true;
            return;
        }
        if (bytes.Length > room)
        {
            Truncated = true;
            bytes = bytes[..room];
        }
        if (KeptLength + bytes.Length > _kept.Length)
            Array.Resize(ref _kept, Math.Max(_kept.Length * 2, KeptLength + bytes.Length));
        bytes.CopyTo(_kept.AsSpan(KeptLength));
        KeptLength += bytes.Length;
    }

    private void Filled(int n)
    {
        _bufferStart += _len;
        _pos = 0;
        _len = Math.Max(n, 0);
        if (n <= 0) _eof = true;
    }
}
