using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Messages;

/// <summary>COPY and UID COPY (RFC 9051 section 6.4.7) with COPYUID (UIDPLUS, RFC 4315); TRYCREATE for a missing destination.</summary>
public sealed class CopyHandler : CommandHandler<CopyCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Uses;

    /// <inheritdoc/>
    protected override SequenceNumberUse SequenceNumbersFor(CopyCommand command) =>
        command is { IsUid: true } ? SequenceNumberUse.None : SequenceNumberUse.Uses;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.UidPlus];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(CopyCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        SelectedMailbox view = context.Selected();
        List<uint> uids = view.Resolve(command.Messages, command.IsUid);
        if (uids.Count == 0) return CommandResult.Ok($"{command.Name} completed.");
        CopyResult result = await view.Mailbox.CopyAsync(UidSet.FromValues(uids), command.Destination, cancellationToken).ConfigureAwait(false);
        return CommandResult.Ok($"{command.Name} completed.", ToCode(result));
    }

    /// <summary>The COPYUID code of a copy or move, or null when nothing was copied.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The code.</returns>
    public static ResponseCode? ToCode(CopyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.SourceUids is { } source && result.DestinationUids is { } destination
            ? new CopyUidCode(result.DestinationUidValidity, source, destination)
            : null;
    }
}
