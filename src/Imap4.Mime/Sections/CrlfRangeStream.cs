namespace Imap4.Mime.Sections;

/// <summary>
/// A read-only view of a byte range of a seekable source in which every bare LF reads as CRLF (IMAP sections are CRLF text),
/// read in small chunks so large parts are never loaded whole.
/// </summary>
internal sealed class CrlfRangeStream : Stream
{
    private readonly Stream _source;
    private readonly byte[] _chunk = new byte[16 * 1024];
    private long _next;
    private readonly long _end;
    private int _chunkPos;
    private int _chunkLen;
    private byte _previous;
    private bool _pendingLf;

    private readonly bool _replaceNul;

    /// <param name="source">Seekable source.</param>
    /// <param name="start">First byte.</param>
    /// <param name="end">End (exclusive).</param>
    /// <param name="replaceNul">Whether NUL reads as 0x80 (Dovecot does so in BODY[] sections, never in BINARY).</param>
    public CrlfRangeStream(Stream source, long start, long end, bool replaceNul = true)
    {
        _replaceNul = replaceNul;
        _source = source;
        _next = start;
        _end = end;
        if (start > 0)
        {
            source.Position = start - 1;
            int b = source.ReadByte();
            _previous = b < 0 ? (byte)0 : (byte)b;
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int written = 0;
        while (written < buffer.Length)
        {
            if (_pendingLf)
            {
                buffer[written++] = (byte)'\n';
                _pendingLf = false;
                _previous = (byte)'\n';
                continue;
            }
            if (_chunkPos == _chunkLen && !FillChunk()) break;
            byte b = _chunk[_chunkPos++];
            if (b == (byte)'\n' && _previous != (byte)'\r')
            {
                buffer[written++] = (byte)'\r';
                _pendingLf = true;
                continue;
            }
            buffer[written++] = b == 0 && _replaceNul ? (byte)0x80 : b;
            _previous = b;
        }
        return written;
    }

    private bool FillChunk()
    {
        if (_next >= _end) return false;
        _source.Position = _next;
        int n = _source.Read(_chunk, 0, (int)Math.Min(_chunk.Length, _end - _next));
        if (n <= 0) return false;
        _next += n;
        _chunkPos = 0;
        _chunkLen = n;
        return true;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
