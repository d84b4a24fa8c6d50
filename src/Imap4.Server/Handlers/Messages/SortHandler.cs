using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Search;
using Imap4.Server.Commands;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers.Messages;

/// <summary>
/// SORT and UID SORT (RFC 5256) with DISPLAYFROM and DISPLAYTO (SORT=DISPLAY, RFC 5957) and the ESORT return options
/// MIN, MAX, COUNT and ALL (RFC 5267; ALL in sort order, ascending runs as ranges).
/// </summary>
public sealed class SortHandler : CommandHandler<SortCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Uses;

    /// <inheritdoc/>
    protected override SequenceNumberUse SequenceNumbersFor(SortCommand command) =>
        command is { IsUid: true } ? SequenceNumberUse.None : SequenceNumberUse.Uses;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.Sort, Capability.SortDisplay, Capability.ESort];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(SortCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        SearchCharsets.Check(command.Charset);
        if (ReturnOptions.Refuse(command.Return, "MIN", "MAX", "ALL", "COUNT") is { } refused) return refused;
        SelectedMailbox view = context.Selected();
        List<SortEntry> entries = await SortSearch.LoadAsync(view, command.Search, command.SortBy, subject: false, cancellationToken).ConfigureAwait(false);
        entries.Sort((a, b) => SortEntry.Compare(a, b, command.SortBy));
        var numbers = new List<uint>(entries.Count);
        foreach (SortEntry e in entries) numbers.Add(command.IsUid ? e.Info.Uid : view.SequenceOf(e.Info.Uid));
        if (command.Return is { } options) context.Write(new ESearchResponse(context.Tag, command.IsUid, ESortData(options, numbers)));
        else context.Write(new SortResponse(numbers));
        return CommandResult.Ok($"{command.Name} completed.");
    }

    private static List<SearchReturnData> ESortData(SearchReturnOptions options, List<uint> numbers)
    {
        bool all = options.Count == 0 || options.Contains("ALL");
        var data = new List<SearchReturnData>();
        if (numbers.Count > 0 && options.Contains("MIN")) data.Add(SearchReturnData.Min(numbers[0]));
        if (numbers.Count > 0 && options.Contains("MAX")) data.Add(SearchReturnData.Max(numbers[^1]));
        if (numbers.Count > 0 && all) data.Add(SearchReturnData.All(InOrder(numbers)));
        if (options.Contains("COUNT")) data.Add(SearchReturnData.Count((uint)numbers.Count));
        return data;
    }

    // The numbers in the given order; runs of consecutive ascending numbers become ranges.
    private static SequenceSet InOrder(List<uint> numbers)
    {
        var ranges = new List<SequenceRange>();
        uint start = numbers[0], last = numbers[0];
        for (int i = 1; i <= numbers.Count; i++)
        {
            if (i < numbers.Count && numbers[i] == last + 1)
            {
                last = numbers[i];
                continue;
            }
            ranges.Add(new SequenceRange(start, last));
            if (i < numbers.Count) start = last = numbers[i];
        }
        return new SequenceSet(ranges);
    }
}
