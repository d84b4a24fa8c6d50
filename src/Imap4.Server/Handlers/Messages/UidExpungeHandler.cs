using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Server.Commands;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers.Messages;

/// <summary>UID EXPUNGE (RFC 9051 section 6.4.9, UIDPLUS RFC 4315): expunges only the given \Deleted messages.</summary>
public sealed class UidExpungeHandler : CommandHandler<UidExpungeCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Breaks;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.UidPlus];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(UidExpungeCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        SelectedMailbox view = context.SelectedWritable();
        List<uint> uids = view.Resolve(command.Uids, isUid: true);
        if (uids.Count == 0) return CommandResult.Ok("UID EXPUNGE completed.");
        IReadOnlyList<uint> expunged = await view.Mailbox.ExpungeAsync(UidSet.FromValues(uids), cancellationToken).ConfigureAwait(false);
        await view.ExpungedAsync(context, expunged, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok("UID EXPUNGE completed.");
    }
}
