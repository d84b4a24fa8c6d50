using System.Buffers;
using System.IO.Pipelines;
using Imap4.Protocol;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;
using Imap4.Server.Commands;
using Imap4.Server.Transport;

namespace Imap4.Server.Session;

/// <summary>
/// Reads commands from the session's current input pipe: frames them with <see cref="ImapFramer"/> (limits enforced
/// before parsing), answers literal announcements (<c>+ Ready</c>, or a refusal without reading the literal), recovers
/// from bad lines by discarding them, and parses complete frames with <see cref="CommandParser"/>. APPEND message
/// literals are not framed: they are handed over as a <see cref="StreamedAppend"/> to flow into the store.
/// </summary>
internal sealed partial class CommandReader(SessionTransport transport, ResponseWriter writer, ImapLimits limits, bool tolerateBareLineFeed)
{
    private readonly ImapFramer _framer = new(limits, tolerateBareLineFeed);

    /// <summary>Parse mailbox names as UTF-8 (IMAP4rev2 or UTF8=ACCEPT enabled).</summary>
    public bool Utf8Mailboxes { get; set; }

    /// <summary>Reads the next command, or the error to answer, or the end of input.</summary>
    public async ValueTask<InboundCommand> ReadAsync(CancellationToken cancellationToken)
    {
        PipeReader input = transport.Input;
        while (true)
        {
            ReadResult read = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = read.Buffer;
            while (true)
            {
                FrameResult frame = _framer.Decode(buffer);
                if (frame.Status == FrameStatus.Complete)
                {
                    ReadOnlySequence<byte> bytes = buffer.Slice(0, frame.Length);
                    InboundCommand command = Parse(bytes);
                    input.AdvanceTo(bytes.End);
                    _framer.Reset();
                    return command;
                }
                if (frame.Status == FrameStatus.Discard)
                {
                    buffer = buffer.Slice(frame.Length);
                    continue;
                }
                if (frame.Status == FrameStatus.LiteralAnnounced)
                {
                    if (TryStartAppend(input, buffer, frame, out InboundCommand append)) return append;
                    if (!frame.LiteralFitsFrame) return RefuseLiteral(input, buffer, frame.LiteralSynchronizing, "Command too large.");
                    // A synchronizing literal waits for our go-ahead; a non-synchronizing one (LITERAL+) is already coming.
                    if (frame.LiteralSynchronizing)
                    {
                        writer.Write(new ContinuationResponse("Ready for literal data"));
                        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                    }
                    _framer.AcceptLiteral();
                    continue;
                }
                if (frame.Status == FrameStatus.Bad) return Reject(input, buffer, frame);
                // NeedMoreData: keep the partial frame, wait for more bytes.
                if (read.IsCompleted)
                {
                    input.AdvanceTo(buffer.End);
                    return InboundCommand.Ended;
                }
                input.AdvanceTo(buffer.Start, buffer.End);
                break;
            }
        }
    }

    /// <summary>
    /// Reads one line of continuation data (SASL responses, DONE) without its line end; null at end of input. A line
    /// longer than the limit is dropped up to its end.
    /// </summary>
    /// <exception cref="ImapCommandException">The line was too long (answered BAD).</exception>
    public async ValueTask<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
    {
        PipeReader input = transport.Input;
        bool overflow = false;
        while (true)
        {
            ReadResult read = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = read.Buffer;
            SequencePosition? lf = buffer.PositionOf((byte)'\n');
            if (lf is null)
            {
                if (buffer.Length >= limits.MaxLineLength)
                {
                    overflow = true; // drop it all, keep looking for the line end
                    input.AdvanceTo(buffer.End);
                }
                else input.AdvanceTo(buffer.Start, buffer.End);
                if (read.IsCompleted) return null;
                continue;
            }
            ReadOnlySequence<byte> line = buffer.Slice(0, buffer.GetPosition(1, lf.Value));
            overflow |= line.Length > limits.MaxLineLength;
            byte[]? bytes = overflow ? null : line.ToArray();
            input.AdvanceTo(line.End);
            if (bytes is null) throw new ImapCommandException(StatusKind.Bad, ResponseCode.ClientBug, "Line too long.");
            int end = bytes.Length - 1;
            if (end > 0 && bytes[end - 1] == (byte)'\r') end--;
            return bytes[..end];
        }
    }

    private InboundCommand Parse(ReadOnlySequence<byte> bytes)
    {
        if (!CommandUtf8.IsValid(bytes))
            return InboundCommand.Rejected(Bad(CommandParser.TryReadTag(bytes), ResponseCode.ClientBug, "Invalid UTF-8 outside a literal."));
        try
        {
            return InboundCommand.Parsed(CommandParser.Parse(bytes, limits, Utf8Mailboxes));
        }
        catch (ImapParseException e)
        {
            return InboundCommand.Rejected(Bad(CommandParser.TryReadTag(bytes), ResponseCode.ClientBug, e.Reason));
        }
        catch (ArgumentException e)
        {
            // A validating constructor refused a value the syntax allowed.
            return InboundCommand.Rejected(Bad(CommandParser.TryReadTag(bytes), ResponseCode.ClientBug, e.Message));
        }
    }

    private InboundCommand Reject(PipeReader input, ReadOnlySequence<byte> buffer, FrameResult frame)
    {
        if (frame.Error is FrameError.LiteralTooLarge or FrameError.TooManyLiterals)
            return RefuseLiteral(input, buffer, frame.LiteralSynchronizing,
                frame.Error == FrameError.LiteralTooLarge ? "Literal too large." : "Too many literals in one command.");
        string? tag = CommandParser.TryReadTag(buffer);
        _framer.SkipRestOfLine();
        input.AdvanceTo(buffer.Start); // the framer discards the bad line on the next reads
        return InboundCommand.Rejected(Bad(tag, ResponseCode.ClientBug, frame.Reason ?? "Invalid command."));
    }

    // A refused synchronizing literal is never sent by the client: answer NO and go on. A refused non-synchronizing
    // literal is on its way and cannot be skipped safely: answer BAD and close (RFC 7888 section 4).
    private InboundCommand RefuseLiteral(PipeReader input, ReadOnlySequence<byte> buffer, bool synchronizing, string reason)
    {
        string? tag = CommandParser.TryReadTag(buffer);
        if (!synchronizing)
        {
            input.AdvanceTo(buffer.End);
            return InboundCommand.Rejected(Bad(tag, ResponseCode.TooBig, reason), close: true);
        }
        _framer.SkipRestOfLine();
        input.AdvanceTo(buffer.Start);
        return InboundCommand.Rejected(new StatusResponse(tag, tag is null ? StatusKind.Bad : StatusKind.No, ResponseCode.TooBig, reason));
    }

    private static StatusResponse Bad(string? tag, ResponseCode code, string reason) => new(tag, StatusKind.Bad, code, reason);
}
