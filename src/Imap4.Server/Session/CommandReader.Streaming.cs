using System.Buffers;
using System.IO.Pipelines;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;
using Imap4.Protocol.Primitives;

namespace Imap4.Server.Session;

internal sealed partial class CommandReader
{
    /// <summary>
    /// Consulted when an APPEND message literal is announced: true streams it to the handler (authenticated states
    /// with APPEND served); false reads it into the command as any literal.
    /// </summary>
    public Func<bool>? StreamAppends { get; set; }

    /// <summary>How long a streamed literal may stall before the session is logged out.</summary>
    public TimeSpan LiteralInactivity { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The clock for <see cref="LiteralInactivity"/>.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    // An APPEND whose message literal was just announced: consume the head, leave the literal in the pipe.
    private bool TryStartAppend(PipeReader input, ReadOnlySequence<byte> buffer, FrameResult frame, out InboundCommand command)
    {
        command = default;
        if (StreamAppends?.Invoke() != true) return false;
        ReadOnlySequence<byte> head = buffer.Slice(0, frame.Length);
        if (!AppendSyntax.TryParseHead(head, limits, Utf8Mailboxes, out string tag, out MailboxName? mailbox, out IReadOnlyList<Flag>? flags, out DateTimeOffset? date))
            return false;
        input.AdvanceTo(head.End);
        var first = new AnnouncedMessage(flags, date, frame.LiteralSize, frame.LiteralSynchronizing, frame.LiteralBinary);
        command = InboundCommand.Streamed(new StreamedAppend(this, tag, mailbox, first));
        return true;
    }

    /// <summary>Accepts an announced literal (sending <c>+</c> when the client waits for it) and returns its bytes as a stream.</summary>
    public async ValueTask<LiteralStream> OpenLiteralAsync(AnnouncedMessage message, bool accept, CancellationToken cancellationToken)
    {
        if (accept && message.Synchronizing)
        {
            writer.Write(new ContinuationResponse("Ready for literal data"));
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        return new LiteralStream(transport.Input, message.Size, message.Binary, LiteralInactivity, Time);
    }

    /// <summary>A refused synchronizing literal is never sent: the command ends at its announcement.</summary>
    public void AbandonLiteral() => _framer.Reset();

    /// <summary>After a streamed literal has been consumed: reads what follows it in the same command.</summary>
    public async ValueTask<StreamedPart> ContinueAfterLiteralAsync(CancellationToken cancellationToken)
    {
        _framer.ResumeAfterStreamedLiteral();
        PipeReader input = transport.Input;
        while (true)
        {
            ReadResult read = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = read.Buffer;
            FrameResult frame = _framer.Decode(buffer);
            switch (frame.Status)
            {
                case FrameStatus.Complete:
                {
                    ReadOnlySequence<byte> rest = buffer.Slice(0, frame.Length);
                    bool end = AppendSyntax.IsEnd(rest);
                    input.AdvanceTo(rest.End);
                    _framer.Reset();
                    return new StreamedPart(null, true, end ? null : "Unexpected data after the message literal.");
                }
                case FrameStatus.LiteralAnnounced:
                {
                    ReadOnlySequence<byte> prefix = buffer.Slice(0, frame.Length);
                    bool valid = AppendSyntax.TryParseOptions(prefix, limits, out IReadOnlyList<Flag>? flags, out DateTimeOffset? date);
                    input.AdvanceTo(prefix.End);
                    var message = new AnnouncedMessage(flags, date, frame.LiteralSize, frame.LiteralSynchronizing, frame.LiteralBinary);
                    return new StreamedPart(message, false, valid ? null : "Invalid APPEND message options.");
                }
                case FrameStatus.Bad:
                    // The reader drops the offending line on its next reads; a LITERAL+ literal the framer refused is
                    // already on its way and cannot be told apart from commands: close, as for any oversized literal.
                    _framer.SkipRestOfLine();
                    input.AdvanceTo(buffer.Start);
                    bool close = frame.Error is FrameError.LiteralTooLarge or FrameError.TooManyLiterals && !frame.LiteralSynchronizing;
                    return new StreamedPart(null, true, frame.Reason ?? "Invalid command.", close);
                case FrameStatus.NeedMoreData when read.IsCompleted:
                    input.AdvanceTo(buffer.End);
                    throw new EndOfStreamException("The client closed the connection inside a command.");
                default:
                    input.AdvanceTo(buffer.Start, buffer.End);
                    break;
            }
        }
    }
}
