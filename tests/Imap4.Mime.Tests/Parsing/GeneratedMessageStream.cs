using System.Text;

namespace Imap4.Mime.Tests.Parsing;

/// <summary>A multipart message with one huge base64 attachment, generated on the fly (never held in memory).</summary>
internal sealed class GeneratedMessageStream(long size) : Stream
{
    private static readonly byte[] Head = Encoding.ASCII.GetBytes("Subject: big\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n\r\ntext\r\n--B\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n");
    private static readonly byte[] Line = Encoding.ASCII.GetBytes(new string('Q', 76) + "\r\n");
    private static readonly byte[] Tail = Encoding.ASCII.GetBytes("--B--\r\n");
    private long _position;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = 0;
        while (n < buffer.Length)
        {
            var source = SegmentAt(_position);
            if (source.IsEmpty) break;
            int take = Math.Min(source.Length, buffer.Length - n);
            source[..take].CopyTo(buffer[n..]);
            n += take;
            _position += take;
        }
        return n;
    }

    /// <summary>The bytes from position p to the end of the piece (head, a body line, tail) it falls in.</summary>
    private ReadOnlySpan<byte> SegmentAt(long p)
    {
        if (p < Head.Length) return Head.AsSpan((int)p);
        long body = size - Head.Length - Tail.Length;
        body -= body % Line.Length;
        if (p < Head.Length + body) return Line.AsSpan((int)((p - Head.Length) % Line.Length));
        long t = p - Head.Length - body;
        return t < Tail.Length ? Tail.AsSpan((int)t) : [];
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
