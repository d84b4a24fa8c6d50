namespace Imap4.Mime.Codecs;

/// <summary>
/// A read-only stream that decodes another stream chunk by chunk, so a large encoded part is never held whole.
/// Subclasses decode the bytes they are given into <see cref="Pending"/>.
/// </summary>
internal abstract class DecodingStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private readonly byte[] _input = new byte[16 * 1024];
    private int _pendingPos;
    private bool _innerDone;

    protected DecodingStream(Stream inner, bool leaveOpen)
    {
        _inner = inner;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Decoded bytes not yet returned.</summary>
    protected List<byte> Pending { get; } = new(16 * 1024);

    /// <summary>Decodes one chunk of input, adding output to <see cref="Pending"/>.</summary>
    protected abstract void Decode(ReadOnlySpan<byte> input);

    /// <summary>Flushes what the decoder still holds at the end of the input.</summary>
    protected abstract void Finish();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_pendingPos == Pending.Count)
        {
            if (_innerDone) return 0;
            Pending.Clear();
            _pendingPos = 0;
            int n = _inner.Read(_input, 0, _input.Length);
            if (n <= 0)
            {
                _innerDone = true;
                Finish();
            }
            else Decode(_input.AsSpan(0, n));
        }
        int take = Math.Min(buffer.Length, Pending.Count - _pendingPos);
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Pending).Slice(_pendingPos, take).CopyTo(buffer);
        _pendingPos += take;
        return take;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen) _inner.Dispose();
        base.Dispose(disposing);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
