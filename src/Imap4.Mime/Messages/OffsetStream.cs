namespace Imap4.Mime.Messages;

/// <summary>A seekable read-only view of a stream from a fixed offset on, so offsets of a parse start at 0.</summary>
internal sealed class OffsetStream(Stream inner, long offset) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => inner.Length - offset;

    public override long Position { get => inner.Position - offset; set => inner.Position = value + offset; }

    public override int Read(byte[] buffer, int index, int count) => inner.Read(buffer, index, count);

    public override int Read(Span<byte> buffer) => inner.Read(buffer);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

    public override long Seek(long position, SeekOrigin origin) => origin switch
    {
        SeekOrigin.Begin => Position = position,
        SeekOrigin.Current => Position += position,
        _ => Position = Length + position,
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int index, int count) => throw new NotSupportedException();
}
