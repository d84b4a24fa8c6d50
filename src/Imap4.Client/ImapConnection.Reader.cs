using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Net.Sockets;
using Imap4.Client.Internal;
using Imap4.Protocol;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    private PipeReader? _pipe;
    private TaskCompletionSource<bool>? _resumeReader;
    private ReadOnlyMemory<byte> _switchLeftover;
    private (PendingCommand Command, StatusResponse Status)? _switching;

    private void StartReader()
    {
        _pipe = CreatePipe();
        TimeSpan timeout = _options.ReadTimeout;
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            TimeSpan period = TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 4, TimeSpan.TicksPerMillisecond * 20, TimeSpan.TicksPerSecond));
            _watchdog = new Timer(static s => ((ImapConnection)s!).CheckReadTimeout(), this, period, period);
        }
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>
    /// Reads in large pieces: a big FETCH then costs a few socket reads per hundred responses, not one per 4 KiB
    /// (the buffers are pooled and returned as frames are consumed).
    /// </summary>
    private PipeReader CreatePipe() =>
        PipeReader.Create(_transport.Stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024, leaveOpen: true));

    /// <summary>Reads frames until the server closes, the connection fails, or a transport switch ends it.</summary>
    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadFramesAsync(_pipe!).ConfigureAwait(false))
            {
                // STARTTLS or COMPRESS: wait until the sender has replaced the transport.
                if (!await _resumeReader!.Task.ConfigureAwait(false)) return;
                _pipe = CreatePipe();
            }
            OnServerClosed();
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // Failed or disposed elsewhere.
        }
        catch (ImapException e)
        {
            Fail(e);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or System.IO.InvalidDataException)
        {
            if (_state == ImapConnectionState.Logout) OnServerClosed();
            else Fail(new ImapConnectionException($"The connection was lost: {e.Message}", e));
        }
    }

    private void OnServerClosed()
    {
        if (_state == ImapConnectionState.Logout)
        {
            Fail(new ImapConnectionException("The connection was closed after LOGOUT."), log: false);
            return;
        }
        string why = _bye is { } bye ? $"the server said BYE: {bye.Text}" : "the server closed the connection";
        Fail(new ImapConnectionException($"The connection ended: {why}."));
    }

    /// <summary>One pipe's worth of frames; true when a transport switch stopped it, false at end of stream.</summary>
    private async Task<bool> ReadFramesAsync(PipeReader reader)
    {
        // Nesting is bounded by the response parsers; skipping it in the framer keeps framing at vector speed.
        var framer = new ImapFramer(_options.Limits, _options.Quirks.TolerateBareLineFeed, checkNesting: false);
        _heldPrefix.Clear();
        while (true)
        {
            ReadResult read = await reader.ReadAsync(_lifetime.Token).ConfigureAwait(false);
            MarkReceived();
            ReadOnlySequence<byte> buffer = read.Buffer;
            SequencePosition consumed = buffer.Start;
            bool switching = false;
            LiteralSink? streamTo = null;
            long literalSize = 0;
            while (!switching)
            {
                ReadOnlySequence<byte> rest = buffer.Slice(consumed);
                FrameResult frame = framer.Decode(rest);
                if (frame.Status == FrameStatus.NeedMoreData) break;
                if (frame.Status == FrameStatus.LiteralAnnounced)
                {
                    if ((streamTo = StreamTargetFor(rest, frame)) is not null)
                    {
                        HoldPrefix(rest.Slice(0, frame.Length));
                        consumed = rest.GetPosition(frame.Length);
                        literalSize = frame.LiteralSize;
                        break;
                    }
                    framer.AcceptLiteral();
                    continue;
                }
                if (frame.Status != FrameStatus.Complete)
                    throw new ImapProtocolException($"The server sent data that cannot be framed: {frame}.");
                ReadOnlySequence<byte> bytes = rest.Slice(0, frame.Length);
                consumed = bytes.End;
                framer.Reset();
                switching = Dispatch(_heldPrefix.WrittenCount > 0 ? TakeHeldFrame(bytes) : bytes);
            }
            if (switching)
            {
                await StopForSwitchAsync(reader, buffer.Slice(consumed)).ConfigureAwait(false);
                return true;
            }
            if (streamTo is not null)
            {
                // The literal goes to the sink; the frame goes on right after it.
                await StreamLiteralAsync(reader, read, consumed, literalSize, streamTo).ConfigureAwait(false);
                framer.ResumeAfterStreamedLiteral();
                continue;
            }
            reader.AdvanceTo(consumed, buffer.End);
            if (read.IsCompleted)
            {
                if (!buffer.Slice(consumed).IsEmpty || _heldPrefix.WrittenCount > 0)
                    throw new ImapConnectionException("The server closed the connection in the middle of a response.");
                await reader.CompleteAsync().ConfigureAwait(false);
                return false;
            }
        }
    }

    /// <summary>
    /// After the OK of STARTTLS or COMPRESS: bytes already buffered after it are discarded for STARTTLS (they were sent
    /// in clear before the handshake: a command-injection attempt) and kept for COMPRESS (they are compressed data).
    /// </summary>
    private async Task StopForSwitchAsync(PipeReader reader, ReadOnlySequence<byte> leftover)
    {
        (PendingCommand command, StatusResponse status) = _switching!.Value;
        _switching = null;
        if (command.Name == "COMPRESS") _switchLeftover = leftover.ToArray();
        else if (!leftover.IsEmpty) ProtocolTrace.LogDiscarded(_logger, leftover.Length);
        reader.AdvanceTo(leftover.End);
        await reader.CompleteAsync().ConfigureAwait(false);
        _resumeReader = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (Volatile.Read(ref _failure) is not null) _resumeReader.TrySetResult(false);
        command.Complete(status);
    }

    /// <summary>Handles one response; true when it completed a transport switch command with OK.</summary>
    private bool Dispatch(in ReadOnlySequence<byte> frame)
    {
        ImapResponse response;
        try
        {
            response = ResponseParser.Parse(frame, _options.Limits, _writerOptions.Utf8);
        }
        catch (ImapParseException e)
        {
            throw new ImapProtocolException($"Unparsable server response ({e.Message}).", e);
        }
        _trace.Received(frame, redact: response is ContinuationResponse && IsAuthenticating());
        if (response is RawUntaggedResponse { Keyword: "FETCH" } && _options.Quirks.RepairNilMediaTypes) response = Repair(frame, response);
        if (!_greeting.Task.IsCompleted)
        {
            if (response is not StatusResponse { IsUntagged: true } greeting)
                throw new ImapProtocolException($"Expected a greeting, got: {response}");
            RecordCode(greeting);
            _greeting.TrySetResult(greeting);
            return false;
        }
        switch (response)
        {
            case ContinuationResponse continuation:
                OnContinuation(continuation);
                return false;
            case StatusResponse { IsUntagged: false } tagged:
                return OnTagged(tagged);
            case StatusResponse untagged:
                OnUntaggedStatus(untagged);
                return false;
            case UntaggedResponse data:
                OnUntagged(data);
                return false;
            default:
                return false;
        }
    }

    /// <summary>The response read again after the NIL media types were repaired, or as it was.</summary>
    private ImapResponse Repair(in ReadOnlySequence<byte> frame, ImapResponse response)
    {
        if (NilMediaTypeRepair.TryRepair(frame) is not { } repaired) return response;
        try
        {
            return ResponseParser.Parse(repaired, _options.Limits, _writerOptions.Utf8);
        }
        catch (ImapParseException)
        {
            return response;
        }
    }

    private bool IsAuthenticating()
    {
        lock (_sync) return _pending.Count > 0 && _pending[^1].Has(CommandFlags.Sensitive);
    }

    private void OnContinuation(ContinuationResponse continuation)
    {
        PendingCommand? target;
        lock (_sync) target = _pending.Count > 0 ? _pending[^1] : null;
        if (target is null) ProtocolTrace.LogUnexpected(_logger, continuation.ToString());
        else target.OfferContinuation(continuation);
    }

    private bool OnTagged(StatusResponse status)
    {
        PendingCommand? command = null;
        lock (_sync)
        {
            foreach (PendingCommand p in _pending)
                if (p.Tag == status.Tag) command = p;
            if (command is not null) _pending.Remove(command);
        }
        if (command is null)
        {
            ProtocolTrace.LogUnexpected(_logger, status.ToString());
            return false;
        }
        RecordCode(status);
        ApplyState(command.Name, status.Kind);
        if (command.Has(CommandFlags.SwitchesTransport) && status.Kind == StatusKind.Ok)
        {
            _switching = (command, status);
            return true;
        }
        command.Complete(status);
        return false;
    }

    private void OnUntaggedStatus(StatusResponse status)
    {
        RecordCode(status);
        if (status.Kind == StatusKind.Bye) _bye = status;
        PendingCommand? owner;
        lock (_sync) owner = _pending.Count > 0 ? _pending[0] : null;
        owner?.AddUntaggedStatus(status);
        ImapUpdateKind kind = ResponseRouter.KindOf(status);
        if (kind == ImapUpdateKind.Alert) ProtocolTrace.LogAlert(_logger, status.Text);
        Publish(new ImapUpdate(kind, status));
    }

    private void OnUntagged(UntaggedResponse data)
    {
        if (data is CapabilityResponse capability) SetCapabilities(capability.Capabilities);
        else if (data is EnabledResponse enabled) OnEnabled(enabled);
        PendingCommand? owner = null;
        lock (_sync)
        {
            foreach (PendingCommand p in _pending)
            {
                if (!ResponseRouter.IsUnsolicited(p.Name, data))
                {
                    owner = p;
                    break;
                }
            }
            if (owner is null && _pending.Count > 0) owner = _pending[0];
        }
        owner?.AddUntagged(data);
        if (owner is null || ResponseRouter.IsUnsolicited(owner.Name, data))
            Publish(new ImapUpdate(ResponseRouter.KindOf(data), data) { Unowned = owner is null });
    }

    private void CheckReadTimeout()
    {
        bool waiting = false;
        lock (_sync)
        {
            foreach (PendingCommand p in _pending)
                waiting |= !p.Idling;
        }
        if (!waiting) return;
        TimeSpan silent = Stopwatch.GetElapsedTime(Volatile.Read(ref _lastActivity));
        if (silent <= _options.ReadTimeout) return;
        Fail(new ImapConnectionException(
            $"The server sent nothing for {silent.TotalSeconds:0.###} s while a command was waiting (ReadTimeout {_options.ReadTimeout}).",
            new TimeoutException("IMAP read timeout")));
    }

    /// <summary>Marks that bytes arrived from the server (activity for the read timeout, and for IDLE keep-alive).</summary>
    private void MarkReceived()
    {
        long now = Stopwatch.GetTimestamp();
        Volatile.Write(ref _lastActivity, now);
        Volatile.Write(ref _lastReceived, now);
    }

    /// <summary>How long ago the server last sent anything (used to detect a dead peer while idling).</summary>
    internal TimeSpan TimeSinceLastReceived => Stopwatch.GetElapsedTime(Volatile.Read(ref _lastReceived));

    /// <summary>Marks activity: a command just went out, so the read timeout counts from now.</summary>
    private void Touch() => Volatile.Write(ref _lastActivity, Stopwatch.GetTimestamp());
}
