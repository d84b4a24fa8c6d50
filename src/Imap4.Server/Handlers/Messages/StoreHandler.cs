using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Messages;

/// <summary>
/// STORE and UID STORE (RFC 9051 section 6.4.6): FLAGS, +FLAGS, -FLAGS, .SILENT, and UNCHANGEDSINCE with the MODIFIED
/// response code (RFC 7162).
/// </summary>
public sealed class StoreHandler : CommandHandler<StoreCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Uses;

    /// <inheritdoc/>
    protected override SequenceNumberUse SequenceNumbersFor(StoreCommand command) =>
        command is { IsUid: true } ? SequenceNumberUse.None : SequenceNumberUse.Uses;

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(StoreCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        SelectedMailbox view = context.SelectedWritable();
        if (command.UnchangedSince is not null)
        {
            context.Session.Enable(Capability.CondStore);
            view.CondStore = true;
        }
        List<uint> uids = view.Resolve(command.Set, command.IsUid);
        if (uids.Count == 0) return CommandResult.Ok($"{command.Name} completed.");
        FlagOperation operation = command.Action switch
        {
            StoreAction.Add => FlagOperation.Add,
            StoreAction.Remove => FlagOperation.Remove,
            _ => FlagOperation.Replace,
        };
        StoreFlagsResult result = await view.Mailbox.StoreFlagsAsync(UidSet.FromValues(uids), operation, command.Flags, command.UnchangedSince, cancellationToken).ConfigureAwait(false);
        foreach (FlagUpdate update in result.Messages) view.Keywords.Learn(update.Flags);
        view.Keywords.WriteIfChanged(context, view.ReadOnly);
        foreach (FlagUpdate update in result.Messages)
        {
            if (update.Changed) view.NoteOwnChange(update.Uid, update.ModSeq);
            uint seq = view.SequenceOf(update.Uid);
            if (seq == 0 || (command.Silent && !(command.UnchangedSince is not null && update.Changed))) continue;
            await context.WriteAsync(view.FlagsFetch(seq, update.Uid, update.Flags, update.ModSeq), cancellationToken).ConfigureAwait(false);
        }
        if (result.Modified.Count == 0) return CommandResult.Ok($"{command.Name} completed.");
        var modified = new List<uint>(result.Modified.Count);
        foreach (uint uid in result.Modified) modified.Add(command.IsUid ? uid : view.SequenceOf(uid));
        modified.RemoveAll(static n => n == 0);
        return CommandResult.Ok($"{command.Name} completed; some messages were modified meanwhile.", new ModifiedCode(SequenceSet.FromValues(modified)));
    }
}
