using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.ExceptionServices;
using Imap4.Client.Internal;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Wire;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    // The frame bytes before a streamed literal, with its announcement rewritten as an empty literal.
    private readonly ArrayBufferWriter<byte> _heldPrefix = new();

    /// <summary>
    /// Runs a FETCH whose large body literals (BODY[...], BINARY[...], RFC822...) are copied to
    /// <paramref name="destination"/> as they arrive instead of being kept in memory: each literal of at least
    /// <paramref name="threshold"/> bytes is written there in order, and appears empty in the returned responses.
    /// Smaller literals stay in the responses. The connection reads no further while the destination is writing.
    /// </summary>
    /// <param name="command">The FETCH or UID FETCH command.</param>
    /// <param name="destination">Receives the streamed literals' bytes.</param>
    /// <param name="threshold">The size from which a literal is streamed (0 streams every body literal).</param>
    /// <param name="cancellationToken">Cancels the wait (see the failure model on <see cref="ImapConnection"/>).</param>
    /// <returns>The responses and how many bytes were streamed.</returns>
    /// <exception cref="ImapCommandException">The server answered NO or BAD.</exception>
    /// <exception cref="ImapConnectionException">The connection is closed or failed.</exception>
    /// <exception cref="IOException">The destination failed (rethrown after the command completed).</exception>
    public async Task<FetchStreamResult> FetchToStreamAsync(FetchCommand command, Stream destination, long threshold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(destination);
        var sink = new LiteralSink(destination, threshold);
        ImapCommandResult result = await RunAsync(Request.Of(command), CommandFlags.None, cancellationToken, sink).ConfigureAwait(false);
        if (sink.Error is { } error) ExceptionDispatchInfo.Throw(error);
        return new FetchStreamResult(result, sink.Written, sink.Literals);
    }

    /// <summary>
    /// The sink for an announced literal when it should be streamed: a command in flight has one, the literal is
    /// large enough, the frame is an untagged FETCH and the literal is a body section's value.
    /// </summary>
    private LiteralSink? StreamTargetFor(in ReadOnlySequence<byte> frameSoFar, in FrameResult frame)
    {
        if (frame.LiteralSize < 0) return null;
        LiteralSink? sink = null;
        lock (_sync)
        {
            foreach (PendingCommand p in _pending)
            {
                if (p.Sink is null) continue;
                sink = p.Sink;
                break;
            }
        }
        if (sink is null || frame.LiteralSize < sink.Threshold) return null;
        ReadOnlySequence<byte> head = _heldPrefix.WrittenCount > 0
            ? new ReadOnlySequence<byte>(_heldPrefix.WrittenMemory) : frameSoFar;
        if (!IsUntaggedFetch(head) || !FollowsBodySection(frameSoFar.Slice(0, frame.Length))) return null;
        return sink;
    }

    /// <summary>True for <c>* n FETCH </c> at the start of a frame.</summary>
    private static bool IsUntaggedFetch(in ReadOnlySequence<byte> head)
    {
        Span<byte> start = stackalloc byte[24];
        int n = (int)Math.Min(head.Length, start.Length);
        head.Slice(0, n).CopyTo(start);
        start = start[..n];
        if (!start.StartsWith("* "u8)) return false;
        int i = 2;
        while (i < start.Length && char.IsAsciiDigit((char)start[i])) i++;
        return i > 2 && start[i..].StartsWith(" FETCH "u8);
    }

    /// <summary>True when the announcement (<c>{n}</c> at the end) follows <c>]</c> or <c>&gt;</c> and a space.</summary>
    private static bool FollowsBodySection(in ReadOnlySequence<byte> announced)
    {
        Span<byte> tail = stackalloc byte[48];
        int n = (int)Math.Min(announced.Length, tail.Length);
        announced.Slice(announced.Length - n).CopyTo(tail);
        tail = tail[..n];
        int brace = tail.LastIndexOf((byte)'{');
        if (brace > 0 && tail[brace - 1] == (byte)'~') brace--;
        return brace >= 2 && tail[brace - 1] == (byte)' ' && tail[brace - 2] is (byte)']' or (byte)'>';
    }

    /// <summary>Keeps the frame bytes through the announcement, the literal rewritten as <c>{0}</c>.</summary>
    private void HoldPrefix(in ReadOnlySequence<byte> announced)
    {
        long brace = -1;
        long index = 0;
        foreach (ReadOnlyMemory<byte> segment in announced)
        {
            int at = segment.Span.LastIndexOf((byte)'{');
            if (at >= 0) brace = index + at;
            index += segment.Length;
        }
        foreach (ReadOnlyMemory<byte> segment in announced.Slice(0, brace)) _heldPrefix.Write(segment.Span);
        _heldPrefix.Write("{0}\r\n"u8);
    }

    /// <summary>Joins the held prefix and the rest of a frame that had a streamed literal.</summary>
    private ReadOnlySequence<byte> TakeHeldFrame(in ReadOnlySequence<byte> rest)
    {
        byte[] whole = new byte[_heldPrefix.WrittenCount + rest.Length];
        _heldPrefix.WrittenSpan.CopyTo(whole);
        rest.CopyTo(whole.AsSpan(_heldPrefix.WrittenCount));
        _heldPrefix.Clear();
        return new ReadOnlySequence<byte>(whole);
    }

    /// <summary>
    /// Copies <paramref name="size"/> literal bytes, starting at <paramref name="start"/> of the current read, to the
    /// sink, reading more as needed; leaves the pipe advanced just past the literal so that the next read resumes there.
    /// </summary>
    private async Task StreamLiteralAsync(PipeReader reader, ReadResult read, SequencePosition start, long size, LiteralSink sink)
    {
        sink.BeginLiteral();
        long remaining = size;
        while (true)
        {
            ReadOnlySequence<byte> available = read.Buffer.Slice(start);
            ReadOnlySequence<byte> chunk = available.Slice(0, Math.Min(available.Length, remaining));
            if (!chunk.IsEmpty) await sink.WriteAsync(chunk, _lifetime.Token).ConfigureAwait(false);
            remaining -= chunk.Length;
            reader.AdvanceTo(chunk.End);
            if (remaining == 0) return;
            if (read.IsCompleted)
                throw new ImapConnectionException("The server closed the connection in the middle of a message body.");
            read = await reader.ReadAsync(_lifetime.Token).ConfigureAwait(false);
            MarkReceived();
            start = read.Buffer.Start;
        }
    }
}
