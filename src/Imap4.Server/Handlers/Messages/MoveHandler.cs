using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Messages;

/// <summary>
/// MOVE and UID MOVE (RFC 9051 section 6.4.8, RFC 6851): an untagged <c>OK [COPYUID ...]</c>, then the expunges of the
/// moved messages, then the tagged OK.
/// </summary>
public sealed class MoveHandler : CommandHandler<MoveCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Breaks;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.Move];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(MoveCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        SelectedMailbox view = context.SelectedWritable();
        List<uint> uids = view.Resolve(command.Messages, command.IsUid);
        if (uids.Count == 0) return CommandResult.Ok($"{command.Name} completed.");
        CopyResult result = await view.Mailbox.MoveAsync(UidSet.FromValues(uids), command.Destination, cancellationToken).ConfigureAwait(false);
        if (CopyHandler.ToCode(result) is { } code) context.Write(new StatusResponse(null, StatusKind.Ok, code, "Moved."));
        var moved = new List<uint>(result.Mapping.Count);
        foreach ((uint source, uint _) in result.Mapping) moved.Add(source);
        await view.ExpungedAsync(context, moved, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok($"{command.Name} completed.");
    }
}
