using System.Buffers;

namespace Imap4.Client.Internal;

/// <summary>
/// Where the reader loop copies the large body literals of a command's FETCH responses instead of buffering them.
/// A failing destination does not break the connection: the rest of the literal is drained and the error is kept for
/// the caller.
/// </summary>
internal sealed class LiteralSink(Stream destination, long threshold)
{
    /// <summary>Literals of at least this many bytes are streamed; smaller ones stay in the response.</summary>
    public long Threshold { get; } = Math.Max(0, threshold);

    /// <summary>Bytes copied to the destination (or drained after it failed).</summary>
    public long Written { get; private set; }

    /// <summary>Number of literals streamed.</summary>
    public int Literals { get; private set; }

    /// <summary>The destination's first failure, if any.</summary>
    public Exception? Error { get; private set; }

    public void BeginLiteral() => Literals++;

    public async ValueTask WriteAsync(ReadOnlySequence<byte> chunk, CancellationToken cancellationToken)
    {
        Written += chunk.Length;
        if (Error is not null) return;
        try
        {
            foreach (ReadOnlyMemory<byte> segment in chunk)
                await destination.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Error = e;
        }
    }
}
