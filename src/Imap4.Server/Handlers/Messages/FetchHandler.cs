using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Server.Handlers.Messages;

/// <summary>
/// FETCH and UID FETCH (RFC 9051 section 6.4.5) with BINARY (RFC 3516), CHANGEDSINCE and VANISHED (RFC 7162), EMAILID
/// and THREADID (RFC 8474), SAVEDATE (RFC 8514) and PREVIEW (RFC 8970). Responses are written as they are produced,
/// with backpressure: a large FETCH never sits whole in memory. Non-PEEK sections set \Seen.
/// </summary>
public sealed class FetchHandler : CommandHandler<FetchCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Uses;

    /// <inheritdoc/>
    protected override SequenceNumberUse SequenceNumbersFor(FetchCommand command) =>
        command is { IsUid: true } ? SequenceNumberUse.None : SequenceNumberUse.Uses;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } =
        [Capability.Binary, Capability.CondStore, Capability.QResync, Capability.ObjectId, Capability.SaveDate, Capability.Preview];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(FetchCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        SelectedMailbox view = context.Selected();
        if (command.Partial is not null) return CommandResult.Bad(ResponseCode.ClientBug, "PARTIAL is not supported.");
        List<FetchAttribute> attributes = Attributes(command, view, context);
        List<uint> uids = view.Resolve(command.Set, command.IsUid);
        if (command.Vanished && command.ChangedSince is { } since)
            await WriteVanishedAsync(context, view, uids, command.Set, since, cancellationToken).ConfigureAwait(false);
        if (uids.Count == 0) return CommandResult.Ok($"{command.Name} completed.");
        bool setsSeen = !view.ReadOnly && attributes.Exists(static a => a.SetsSeen);
        await foreach (MessageInfo info in view.Mailbox.GetMessagesAsync(UidSet.FromValues(uids), cancellationToken).ConfigureAwait(false))
        {
            if (command.ChangedSince is { } changedSince && info.ModSeq <= changedSince) continue;
            uint seq = view.SequenceOf(info.Uid);
            if (seq == 0) continue;
            MessageInfo message = setsSeen && !info.HasFlag(Flag.Seen) ? await MarkSeenAsync(view, info, cancellationToken).ConfigureAwait(false) : info;
            var items = new List<FetchItem>(attributes.Count + 1);
            await using (var builder = new MessageItems(view.Mailbox, message))
            {
                foreach (FetchAttribute attribute in attributes) items.Add(await builder.BuildAsync(attribute, cancellationToken).ConfigureAwait(false));
            }
            if (!ReferenceEquals(message, info) && !attributes.Contains(FetchAttribute.Flags)) items.Add(new FlagsItem(message.Flags));
            if (view.RecentUids.Contains(info.Uid))
                for (int i = 0; i < items.Count; i++)
                    if (items[i] is FlagsItem flags) items[i] = new FlagsItem(view.WithRecent(info.Uid, flags.Flags));
            await context.WriteAsync(new FetchResponse(seq, items), cancellationToken).ConfigureAwait(false);
        }
        return CommandResult.Ok($"{command.Name} completed.");
    }

    private static List<FetchAttribute> Attributes(FetchCommand command, SelectedMailbox view, CommandContext context)
    {
        var list = new List<FetchAttribute>(command.ExpandAttributes());
        if (command.IsUid && !list.Contains(FetchAttribute.Uid)) list.Insert(0, FetchAttribute.Uid);
        if (list.Contains(FetchAttribute.ModSeq) || command.ChangedSince is not null)
        {
            // Fetching MODSEQ or CHANGEDSINCE enables CONDSTORE (RFC 7162 3.1).
            context.Session.Enable(Capability.CondStore);
            view.CondStore = true;
        }
        if (view.CondStore && command.ChangedSince is not null && !list.Contains(FetchAttribute.ModSeq)) list.Add(FetchAttribute.ModSeq);
        return list;
    }

    private static async ValueTask<MessageInfo> MarkSeenAsync(SelectedMailbox view, MessageInfo info, CancellationToken cancellationToken)
    {
        StoreFlagsResult result = await view.Mailbox.StoreFlagsAsync(new UidSet(info.Uid), FlagOperation.Add, [Flag.Seen], null, cancellationToken).ConfigureAwait(false);
        if (result.Messages is not [FlagUpdate update]) return info;
        view.NoteOwnChange(update.Uid, update.ModSeq);
        return info with { Flags = update.Flags, ModSeq = update.ModSeq };
    }

    private static async ValueTask WriteVanishedAsync(CommandContext context, SelectedMailbox view, List<uint> known, SequenceSet set, ulong since, CancellationToken cancellationToken)
    {
        MailboxChanges changes = await view.Mailbox.GetChangesSinceAsync(since, cancellationToken).ConfigureAwait(false);
        uint max = known.Count > 0 ? known[^1] : uint.MaxValue;
        var vanished = new List<uint>();
        foreach (uint uid in changes.Vanished)
            if (set.Contains(uid, Math.Max(max, uid))) vanished.Add(uid);
        if (vanished.Count > 0) context.Write(new VanishedResponse(UidSet.FromValues(vanished), Earlier: true));
    }
}
