using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Search;
using Imap4.Server.Commands;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers.Messages;

/// <summary>
/// THREAD and UID THREAD (RFC 5256 section 3). ORDEREDSUBJECT: messages grouped by base subject, each group ordered by
/// sent date, the first message the parent of the others; groups ordered by their first date. REFERENCES: see
/// <see cref="ReferencesThreader"/>.
/// </summary>
public sealed class ThreadHandler : CommandHandler<ThreadCommand>
{
    private static readonly SortCriterion[] BySubjectThenDate = [SortCriterion.Ascending(SortKey.Subject), SortCriterion.Ascending(SortKey.Date)];

    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Uses;

    /// <inheritdoc/>
    protected override SequenceNumberUse SequenceNumbersFor(ThreadCommand command) =>
        command is { IsUid: true } ? SequenceNumberUse.None : SequenceNumberUse.Uses;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.ThreadOrderedSubject, Capability.ThreadReferences];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(ThreadCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        bool references = command.Algorithm == ThreadAlgorithm.References;
        if (!references && command.Algorithm != ThreadAlgorithm.OrderedSubject)
            return CommandResult.Bad(ResponseCode.ClientBug, $"Thread algorithm {command.Algorithm} is not supported.");
        SearchCharsets.Check(command.Charset);
        SelectedMailbox view = context.Selected();
        List<SortEntry> entries = await SortSearch.LoadAsync(view, command.Search, BySubjectThenDate, subject: true, cancellationToken).ConfigureAwait(false);
        Func<SortEntry, uint> number = e => command.IsUid ? e.Info.Uid : view.SequenceOf(e.Info.Uid);
        context.Write(new ThreadResponse(references ? ReferencesThreader.Thread(entries, number) : OrderedSubject(entries, number)));
        return CommandResult.Ok($"{command.Name} completed.");
    }

    private static List<ThreadNode> OrderedSubject(List<SortEntry> entries, Func<SortEntry, uint> number)
    {
        entries.Sort((a, b) => SortEntry.Compare(a, b, BySubjectThenDate));
        var groups = new List<List<SortEntry>>();
        foreach (SortEntry e in entries)
        {
            if (groups.Count > 0 && groups[^1][0].Subject == e.Subject) groups[^1].Add(e);
            else groups.Add([e]);
        }
        groups.Sort((a, b) => a[0].Date != b[0].Date ? a[0].Date.CompareTo(b[0].Date) : a[0].Info.Uid.CompareTo(b[0].Info.Uid));
        var threads = new List<ThreadNode>(groups.Count);
        foreach (List<SortEntry> group in groups) threads.Add(Node(group, number));
        return threads;
    }

    // One child is chained ("(a b)"); several are sibling branches ("(a (b)(c))"), as the grammar requires.
    private static ThreadNode Node(List<SortEntry> group, Func<SortEntry, uint> number)
    {
        if (group.Count <= 2)
        {
            var chain = new List<uint>(group.Count);
            foreach (SortEntry e in group) chain.Add(number(e));
            return new ThreadNode(chain);
        }
        var children = new List<ThreadNode>(group.Count - 1);
        for (int i = 1; i < group.Count; i++) children.Add(ThreadNode.Chain(number(group[i])));
        return new ThreadNode([number(group[0])], children);
    }
}
