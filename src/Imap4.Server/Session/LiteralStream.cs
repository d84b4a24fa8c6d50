using System.Buffers;
using System.IO.Pipelines;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;

namespace Imap4.Server.Session;

/// <summary>
/// A literal's bytes read straight from the connection's input (an APPEND message on its way into the store): exactly
/// <see cref="Remaining"/> bytes, copied chunk by chunk into the reader's buffer, never collected in memory. A pause
/// longer than the inactivity timeout ends the session as any idle read does.
/// </summary>
internal sealed class LiteralStream(PipeReader input, long length, bool binary, TimeSpan inactivity, TimeProvider time) : Stream
{
    private readonly long _length = length;
    private CancellationTokenSource? _timer;
    private CancellationTokenSource? _linked;
    private CancellationToken _token;

    /// <summary>Bytes of the literal not read yet.</summary>
    public long Remaining { get; private set; } = length;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => _length;

    /// <inheritdoc/>
    public override long Position
    {
        get => _length - Remaining;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Remaining == 0 || buffer.IsEmpty) return 0;
        ReadOnlySequence<byte> data = await ReadSomeAsync(cancellationToken).ConfigureAwait(false);
        int n = (int)Math.Min(Math.Min(data.Length, Remaining), buffer.Length);
        ReadOnlySequence<byte> chunk = data.Slice(0, n);
        chunk.CopyTo(buffer.Span);
        input.AdvanceTo(chunk.End);
        Remaining -= n;
        // A literal (not literal8) must not hold NUL (RFC 9051 section 4.3); the command is then a syntax error.
        if (!binary && buffer.Span[..n].Contains((byte)0))
            throw new ImapCommandException(StatusKind.Bad, ResponseCode.ClientBug, "NUL in message literal (only literal8 may hold NUL).");
        return n;
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Reads and drops what is left of the literal, chunk by chunk as it arrives.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the literal has been consumed.</returns>
    public async ValueTask SkipAsync(CancellationToken cancellationToken)
    {
        while (Remaining > 0)
        {
            ReadOnlySequence<byte> data = await ReadSomeAsync(cancellationToken).ConfigureAwait(false);
            long n = Math.Min(data.Length, Remaining);
            input.AdvanceTo(data.GetPosition(n));
            Remaining -= n;
        }
    }

    private async ValueTask<ReadOnlySequence<byte>> ReadSomeAsync(CancellationToken cancellationToken)
    {
        // One timer for the whole literal, restarted at each read (a timer per read would allocate per network chunk).
        if (_timer is null || _token != cancellationToken)
        {
            DisposeTimer();
            _timer = new CancellationTokenSource(inactivity, time);
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
            _token = cancellationToken;
        }
        else _timer.CancelAfter(inactivity);
        ReadResult read;
        try
        {
            read = await input.ReadAsync(_linked!.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SessionTimeoutException();
        }
        if (read.Buffer.IsEmpty && read.IsCompleted)
        {
            input.AdvanceTo(read.Buffer.End);
            throw new EndOfStreamException("The client closed the connection inside a literal.");
        }
        return read.Buffer;
    }

    private void DisposeTimer()
    {
        _linked?.Dispose();
        _timer?.Dispose();
        _linked = null;
        _timer = null;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing) DisposeTimer();
        base.Dispose(disposing);
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read the literal asynchronously.");

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
