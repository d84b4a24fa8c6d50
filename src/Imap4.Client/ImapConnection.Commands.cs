using System.Buffers;
using System.Text;
using Imap4.Client.Internal;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Wire;

namespace Imap4.Client;

public sealed partial class ImapConnection
{
    /// <summary>
    /// Sends a command and waits for its tagged response. Values that need it go as literals (synchronizing, or
    /// LITERAL+/LITERAL- when offered): the command is sent in fragments, waiting for the server's "+" between them.
    /// </summary>
    /// <param name="command">The command. STARTTLS and COMPRESS are run as <see cref="StartTlsAsync"/> and
    /// <see cref="CompressAsync"/>; LOGIN is checked as <see cref="LoginAsync"/>; IDLE and AUTHENTICATE need
    /// <see cref="IdleAsync"/> and <see cref="AuthenticateAsync(Sasl.ISaslMechanism, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the command (see the failure model on <see cref="ImapConnection"/>).</param>
    /// <returns>The tagged OK and the untagged responses received while the command was in flight.</returns>
    /// <exception cref="ImapCommandException">The server answered NO or BAD.</exception>
    /// <exception cref="ImapConnectionException">The connection is closed or failed.</exception>
    /// <exception cref="InvalidOperationException">Called from an update handler of this connection.</exception>
    public Task<ImapCommandResult> ExecuteAsync(ImapCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command switch
        {
            StartTlsCommand => StartTlsAsync(cancellationToken),
            CompressCommand { Algorithm: "DEFLATE" } => CompressAsync(cancellationToken),
            LoginCommand login => LoginCoreAsync(login, cancellationToken),
            IdleCommand => throw new ArgumentException("IDLE runs until stopped: use IdleAsync.", nameof(command)),
            AuthenticateCommand => throw new ArgumentException("AUTHENTICATE needs a challenge callback: use AuthenticateAsync.", nameof(command)),
            _ => RunAsync(Request.Of(command), CommandFlags.None, cancellationToken),
        };
    }

    /// <summary>
    /// Sends a command given as text (without tag and CRLF), imaplib's <c>xatom</c>: e.g. <c>"XLIST \"\" *"</c>.
    /// The text is sent as it is, so it cannot contain CR, LF or NUL (send such values with a typed command, which
    /// uses literals).
    /// </summary>
    /// <param name="command">The command line without tag and line end.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The tagged OK and the untagged responses received while the command was in flight.</returns>
    /// <exception cref="ArgumentException">The text is empty or contains CR, LF or NUL.</exception>
    /// <exception cref="ImapCommandException">The server answered NO or BAD.</exception>
    public Task<ImapCommandResult> ExecuteRawAsync(string command, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        if (command.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
            throw new ArgumentException(
                "A raw command cannot contain CR, LF or NUL: it would end the command early or inject another one. " +
                "Use a typed command, which sends such values as literals.", nameof(command));
        return RunAsync(Request.Raw(command), CommandFlags.None, cancellationToken);
    }

    /// <summary>
    /// Pipelining: sends all the commands without waiting for responses in between, then waits for all of them.
    /// Untagged data goes to the first command that asks for that kind of data. Does not throw on NO or BAD: check
    /// <see cref="ImapCommandResult.IsOk"/> of each result. Only for commands that do not change the transport or state
    /// in ways later ones depend on (RFC 9051 5.5).
    /// </summary>
    /// <param name="commands">The commands, sent in order.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>One result per command, in order.</returns>
    public async Task<IReadOnlyList<ImapCommandResult>> ExecutePipelinedAsync(IReadOnlyList<ImapCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commands);
        foreach (ImapCommand c in commands)
        {
            if (c is StartTlsCommand or CompressCommand or IdleCommand or AuthenticateCommand or LoginCommand)
                throw new ArgumentException($"{c.Name} cannot be pipelined.", nameof(commands));
        }
        PrepareCall();
        await _commandLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        var sent = new List<PendingCommand>(commands.Count);
        try
        {
            ThrowIfClosed();
            using CancellationTokenSource timeout = StartCommandTimeout(cancellationToken);
            foreach (ImapCommand c in commands) sent.Add(await SendAsync(Request.Of(c), CommandFlags.None, timeout.Token).ConfigureAwait(false));
            var results = new ImapCommandResult[sent.Count];
            for (int i = 0; i < sent.Count; i++)
                results[i] = await WaitAsync(sent[i], timeout.Token, cancellationToken).ConfigureAwait(false);
            return results;
        }
        finally
        {
            ReleaseWhenDone(sent);
        }
    }

    /// <summary>NOOP: lets the server send pending updates.</summary>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The result, with any updates that arrived.</returns>
    public Task<ImapCommandResult> NoopAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync(NoopCommand.Instance, cancellationToken);

    /// <summary>LOGOUT: the server says BYE and closes; the connection ends in <see cref="ImapConnectionState.Logout"/>.</summary>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The result.</returns>
    public Task<ImapCommandResult> LogoutAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync(LogoutCommand.Instance, cancellationToken);

    private void PrepareCall()
    {
        ThrowIfInHandler();
        ThrowIfClosed();
    }

    private async Task<ImapCommandResult> RunAsync(Request request, CommandFlags flags, CancellationToken cancellationToken, LiteralSink? sink = null)
    {
        PrepareCall();
        await _commandLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        PendingCommand? pending = null;
        try
        {
            ThrowIfClosed();
            using CancellationTokenSource timeout = StartCommandTimeout(cancellationToken);
            pending = await SendAsync(request, flags, timeout.Token, sink).ConfigureAwait(false);
            ImapCommandResult result = await WaitAsync(pending, timeout.Token, cancellationToken).ConfigureAwait(false);
            return result.IsOk ? result : throw new ImapCommandException(pending.Name, result);
        }
        finally
        {
            ReleaseWhenDone(pending is null ? [] : [pending]);
        }
    }

    private CancellationTokenSource StartCommandTimeout(CancellationToken cancellationToken)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.CommandTimeout != Timeout.InfiniteTimeSpan) cts.CancelAfter(_options.CommandTimeout);
        return cts;
    }

    /// <summary>
    /// The command lock is released when every command sent under it has its tagged response (or the connection
    /// failed): a caller that stopped waiting must not let the next command overtake the answer it abandoned.
    /// </summary>
    private void ReleaseWhenDone(IReadOnlyList<PendingCommand> sent)
    {
        var open = new List<Task>();
        foreach (PendingCommand p in sent)
            if (!p.IsCompleted) open.Add(p.Completion);
        if (open.Count == 0)
        {
            _commandLock.Release();
            return;
        }
        Task.WhenAll(open).ContinueWith(
            static (_, s) => ((SemaphoreSlim)s!).Release(), _commandLock,
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// Registers and sends a command, fragment by fragment. Once a byte may have left, any failure or cancellation
    /// closes the connection: the server's view of the command is unknown.
    /// </summary>
    private async Task<PendingCommand> SendAsync(Request request, CommandFlags flags, CancellationToken cancellationToken, LiteralSink? sink = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string tag = _tags.Next().Value;
        (byte[] bytes, IReadOnlyList<long> points, string name) = request.Serialize(tag, _writerOptions);
        if (request.Command is LoginCommand or AuthenticateCommand) flags |= CommandFlags.Sensitive;
        var pending = new PendingCommand(tag, name, flags) { Sink = sink };
        lock (_sync)
        {
            if (_failure is not null) throw Closed();
            _pending.Add(pending);
        }
        Touch();
        try
        {
            bool refused = await SendFragmentsAsync(pending, bytes, points, cancellationToken).ConfigureAwait(false);
            if (request.Command is StreamedAppendCommand append && !refused)
                await SendAppendBodiesAsync(pending, append, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ImapException)
        {
            throw AbortMidCommand(pending, e);
        }
        return pending;
    }

    /// <summary>Sends command bytes, waiting for "+" at each synchronizing literal; true when the server refused one.</summary>
    private async Task<bool> SendFragmentsAsync(PendingCommand pending, byte[] bytes, IReadOnlyList<long> points, CancellationToken cancellationToken)
    {
        long offset = 0;
        for (int i = 0; i <= points.Count; i++)
        {
            long end = i < points.Count ? points[i] : bytes.Length;
            TraceSent(pending, bytes.AsSpan((int)offset, (int)(end - offset)));
            await WriteAsync(bytes.AsMemory((int)offset, (int)(end - offset)), cancellationToken).ConfigureAwait(false);
            offset = end;
            // A tagged NO or BAD instead of "+" refuses the literal and ends the command.
            if (i < points.Count && await pending.WaitForContinuationAsync(cancellationToken).ConfigureAwait(false) is null) return true;
        }
        return false;
    }

    /// <summary>Closes the connection after a failure while a command was partly sent; returns what to throw.</summary>
    private Exception AbortMidCommand(PendingCommand pending, Exception e)
    {
        if (e is OperationCanceledException)
        {
            Fail(new ImapConnectionException($"{pending.Name} was cancelled while being sent; the connection was closed because the server's view of the command is unknown."), log: false);
            return e;
        }
        var failure = new ImapConnectionException($"Sending {pending.Name} failed: {e.Message}", e);
        Fail(failure);
        return failure;
    }

    private async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _transport.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await _transport.FlushAsync(cancellationToken).ConfigureAwait(false);
        Touch();
    }

    private void TraceSent(PendingCommand pending, ReadOnlySpan<byte> fragment)
    {
        if (!_trace.Enabled) return;
        if (pending.Has(CommandFlags.Sensitive)) _trace.SentRedacted($"{pending.Tag} {pending.Name} ***");
        else _trace.Sent(fragment);
    }

    /// <summary>Waits for the tagged response. A command timeout closes the connection; the caller's cancellation does not.</summary>
    private async Task<ImapCommandResult> WaitAsync(PendingCommand pending, CancellationToken timeoutToken, CancellationToken callerToken)
    {
        try
        {
            return await pending.Completion.WaitAsync(timeoutToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!callerToken.IsCancellationRequested)
        {
            var failure = new ImapConnectionException(
                $"{pending.Name} got no tagged response within {_options.CommandTimeout} (CommandTimeout); the connection was closed.",
                new TimeoutException("IMAP command timeout"));
            Fail(failure);
            throw failure;
        }
    }

    /// <summary>A command to send: a typed one or raw text.</summary>
    private readonly record struct Request(ImapCommand? Command, string? Text)
    {
        public static Request Of(ImapCommand command) => new(command, null);

        public static Request Raw(string text) => new(null, text);

        public (byte[] Bytes, IReadOnlyList<long> Points, string Name) Serialize(string tag, ImapWriterOptions options)
        {
            if (Command is null)
            {
                byte[] raw = Encoding.UTF8.GetBytes($"{tag} {Text}\r\n");
                return (raw, [], NameOf(Text!));
            }
            var buffer = new ArrayBufferWriter<byte>();
            var writer = new ImapWriter(buffer, options);
            Command.Write(writer, tag);
            // A streamed APPEND's message bytes and the final CRLF are sent after the command's bytes.
            int end = buffer.WrittenCount - (Command is StreamedAppendCommand ? 2 : 0);
            return (buffer.WrittenSpan[..end].ToArray(), [.. writer.ContinuationPoints], Command.Name.ToUpperInvariant());
        }

        /// <summary>The command name of raw text, <c>UID FETCH</c> style, to route responses and track state.</summary>
        private static string NameOf(string text)
        {
            string[] words = text.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            string first = words[0].ToUpperInvariant();
            return first == "UID" && words.Length > 1 ? "UID " + words[1].ToUpperInvariant() : first;
        }
    }
}
