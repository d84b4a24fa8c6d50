using System.IO.Pipelines;

namespace Imap4.Client.Internal;

/// <summary>
/// The destination of a streamed message literal: every chunk goes to the spool file and to a pipe that the MIME
/// parser reads at the same time, so the message is parsed while it arrives and never held in memory. When the parser
/// stops reading (it failed), the pipe is skipped and the file still receives everything.
/// </summary>
internal sealed class ParsingSpoolStream(FileStream file, PipeWriter parser) : Stream
{
    private bool _parserGone;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await file.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (_parserGone) return;
        FlushResult flushed = await parser.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        _parserGone = flushed.IsCompleted;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Only asynchronous writes are supported.");

    public override Task FlushAsync(CancellationToken cancellationToken) => file.FlushAsync(cancellationToken);

    public override void Flush() => throw new NotSupportedException("Only asynchronous flushes are supported.");

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
