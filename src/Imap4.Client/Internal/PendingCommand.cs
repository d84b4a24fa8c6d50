using System.Threading.Channels;
using Imap4.Protocol.Responses;

namespace Imap4.Client.Internal;

/// <summary>What the connection must do specially for a command.</summary>
[Flags]
internal enum CommandFlags
{
    None = 0,

    /// <summary>Holds credentials: the trace shows only the name, and continuation lines are redacted.</summary>
    Sensitive = 1,

    /// <summary>STARTTLS or COMPRESS: after a tagged OK the reader stops until the transport is replaced.</summary>
    SwitchesTransport = 2,

    /// <summary>IDLE: untagged data also goes to the idle loop.</summary>
    Idle = 4,

    /// <summary>Untagged data goes to <see cref="PendingCommand.Streamed"/> as it arrives, not into the result.</summary>
    Streaming = 8,
}

/// <summary>
/// A command sent (or being sent) and not completed yet: collects the untagged responses that arrive while it is in
/// flight, hands continuation requests to the sender, and completes with the tagged response.
/// </summary>
internal sealed class PendingCommand
{
    private readonly List<UntaggedResponse> _untagged = [];
    private readonly List<StatusResponse> _untaggedStatus = [];
    private readonly TaskCompletionSource<ImapCommandResult> _completion =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<ContinuationResponse> _continuations = Channel.CreateUnbounded<ContinuationResponse>();

    public PendingCommand(string tag, string name, CommandFlags flags)
    {
        Tag = tag;
        Name = name;
        Flags = flags;
        if ((flags & CommandFlags.Idle) != 0) IdleUpdates = Channel.CreateUnbounded<UntaggedResponse>();
        if ((flags & CommandFlags.Streaming) != 0) Streamed = Channel.CreateUnbounded<UntaggedResponse>(new UnboundedChannelOptions { SingleReader = true });
    }

    public string Tag { get; }

    /// <summary>The command name, upper case, e.g. <c>UID FETCH</c>.</summary>
    public string Name { get; }

    public CommandFlags Flags { get; }

    public bool Has(CommandFlags flag) => (Flags & flag) != 0;

    /// <summary>True once IDLE has been accepted: the read timeout no longer applies.</summary>
    public bool Idling { get; set; }

    /// <summary>For IDLE: the untagged responses for the idle loop.</summary>
    public Channel<UntaggedResponse>? IdleUpdates { get; }

    /// <summary>For streaming commands: the untagged responses as they arrive (completed with the command).</summary>
    public Channel<UntaggedResponse>? Streamed { get; }

    /// <summary>Where large FETCH body literals go instead of the responses; null to buffer them.</summary>
    public LiteralSink? Sink { get; init; }

    public Task<ImapCommandResult> Completion => _completion.Task;

    public bool IsCompleted => _completion.Task.IsCompleted;

    // Called by the reader loop only.
    public void AddUntagged(UntaggedResponse response)
    {
        if (Streamed is not null)
        {
            Streamed.Writer.TryWrite(response);
            return;
        }
        _untagged.Add(response);
        IdleUpdates?.Writer.TryWrite(response);
    }

    public void AddUntaggedStatus(StatusResponse response) => _untaggedStatus.Add(response);

    public void OfferContinuation(ContinuationResponse continuation) => _continuations.Writer.TryWrite(continuation);

    public void Complete(StatusResponse status)
    {
        _continuations.Writer.TryComplete();
        Streamed?.Writer.TryComplete();
        IdleUpdates?.Writer.TryComplete();
        _completion.TrySetResult(new ImapCommandResult(Tag, status, _untagged.ToArray(), _untaggedStatus.ToArray()));
    }

    public void Fail(Exception exception)
    {
        _continuations.Writer.TryComplete();
        Streamed?.Writer.TryComplete(exception);
        IdleUpdates?.Writer.TryComplete();
        _completion.TrySetException(exception);
    }

    /// <summary>
    /// Waits for the server's next continuation request; null when the command completed instead (a tagged NO or BAD
    /// can refuse a literal or end AUTHENTICATE).
    /// </summary>
    public async ValueTask<ContinuationResponse?> WaitForContinuationAsync(CancellationToken cancellationToken)
    {
        if (!await _continuations.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return _continuations.Reader.TryRead(out ContinuationResponse? c) ? c : null;
    }
}
