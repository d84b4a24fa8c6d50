using System.Text;

namespace Imap4.Client.Tests.Support;

/// <summary>
/// A seekable read-only RFC 5322 message of any size whose bytes are computed from the position: a header, then
/// numbered 80-byte lines. Lets tests send hundreds of megabytes without holding them.
/// </summary>
internal sealed class GeneratedMessageStream : Stream
{
    private const int LineLength = 80;
    private readonly byte[] _header;
    private readonly long _lines;
    private long _position;

    public GeneratedMessageStream(long approximateSize)
    {
        _header = Encoding.ASCII.GetBytes(
            "From: big@example.com\r\nTo: bob@example.com\r\nSubject: large\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\n");
        _lines = Math.Max(1, (approximateSize - _header.Length) / LineLength);
    }

    public override long Length => _header.Length + (_lines * LineLength);

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = (int)Math.Min(buffer.Length, Length - _position);
        for (int i = 0; i < n; i++) buffer[i] = ByteAt(_position + i);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    private byte ByteAt(long position)
    {
        if (position < _header.Length) return _header[position];
        long inBody = position - _header.Length;
        long line = inBody / LineLength;
        int column = (int)(inBody % LineLength);
        if (column == LineLength - 2) return (byte)'\r';
        if (column == LineLength - 1) return (byte)'\n';
        if (column < 10) return (byte)('0' + (int)(line / Pow10(9 - column) % 10));
        return (byte)('a' + ((line + column) % 26));
    }

    private static long Pow10(int exponent)
    {
        long value = 1;
        for (int i = 0; i < exponent; i++) value *= 10;
        return value;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => Length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
