using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Server.Commands;

namespace Imap4.Server.Handlers.Mailbox;

/// <summary>UNSELECT (RFC 9051 section 6.4.2, RFC 3691): leaves the selected state without expunging.</summary>
public sealed class UnselectHandler : CommandHandler<UnselectCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Breaks;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.Unselect];

    /// <inheritdoc/>
    protected override ValueTask<CommandResult> HandleAsync(UnselectCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Session.LeaveSelectedState();
        return ValueTask.FromResult(CommandResult.Ok("UNSELECT completed."));
    }
}
