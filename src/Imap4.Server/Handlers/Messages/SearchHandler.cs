using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Search;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Storage.Search;

namespace Imap4.Server.Handlers.Messages;

/// <summary>
/// SEARCH and UID SEARCH (RFC 9051 section 6.4.4) with ESEARCH return options MIN, MAX, COUNT, ALL (RFC 4731) and
/// SAVE with <c>$</c> (SEARCHRES, RFC 5182). CHARSET may be UTF-8 or US-ASCII; anything else is NO [BADCHARSET].
/// IMAP4rev2 sessions always get ESEARCH.
/// </summary>
public sealed class SearchHandler : CommandHandler<SearchCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Uses;

    /// <inheritdoc/>
    protected override SequenceNumberUse SequenceNumbersFor(SearchCommand command) =>
        command is { IsUid: true } ? SequenceNumberUse.None : SequenceNumberUse.Uses;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.ESearch, Capability.SearchRes, Capability.Within];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(SearchCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        SearchCharsets.Check(command.Charset);
        if (ReturnOptions.Refuse(command.Return, "MIN", "MAX", "ALL", "COUNT", "SAVE") is { } refused) return refused;
        SelectedMailbox view = context.Selected();
        var search = new SearchContext { SequenceUids = view.Uids, SavedResult = view.SavedResult, RecentUids = view.RecentUids };
        var uids = new List<uint>();
        await foreach (uint uid in view.Mailbox.SearchAsync(command.Criteria, search, cancellationToken).ConfigureAwait(false))
            if (view.SequenceOf(uid) != 0) uids.Add(uid);
        ulong? modSeq = null;
        if (SearchModSeq.UsesModSeq(command.Criteria))
        {
            context.Session.Enable(Capability.CondStore);
            view.CondStore = true;
            modSeq = await SearchModSeq.HighestAsync(view.Mailbox, uids, cancellationToken).ConfigureAwait(false);
        }
        var numbers = new List<uint>(uids.Count);
        foreach (uint uid in uids) numbers.Add(command.IsUid ? uid : view.SequenceOf(uid));
        SearchReturnOptions? options = command.Return;
        if (options is null && !context.Session.EnabledExtensions.Contains(Capability.Imap4Rev2))
        {
            context.Write(new SearchResponse(numbers, modSeq));
            return CommandResult.Ok($"{command.Name} completed.");
        }
        bool all = options is null || options.Count == 0 || options.Contains("ALL");
        if (options is not null && options.Contains("SAVE")) view.SavedResult = Saved(options, uids);
        bool onlySave = options is { Count: 1 } && options.Contains("SAVE");
        if (!onlySave) context.Write(new ESearchResponse(context.Tag, command.IsUid, Data(options, numbers, all, modSeq)));
        return CommandResult.Ok($"{command.Name} completed.");
    }

    private static List<SearchReturnData> Data(SearchReturnOptions? options, List<uint> numbers, bool all, ulong? modSeq)
    {
        var data = new List<SearchReturnData>();
        if (numbers.Count > 0 && options is not null && options.Contains("MIN")) data.Add(SearchReturnData.Min(numbers[0]));
        if (numbers.Count > 0 && options is not null && options.Contains("MAX")) data.Add(SearchReturnData.Max(numbers[^1]));
        if (numbers.Count > 0 && all) data.Add(SearchReturnData.All(SequenceSet.FromValues(numbers)));
        if (options is not null && options.Contains("COUNT")) data.Add(SearchReturnData.Count((uint)numbers.Count));
        if (modSeq is { } m) data.Add(SearchReturnData.ModSeq(m));
        return data;
    }

    // RFC 5182 2.4: with SAVE alongside MIN and/or MAX only, just those are saved.
    private static HashSet<uint> Saved(SearchReturnOptions options, List<uint> uids)
    {
        bool minMaxOnly = (options.Contains("MIN") || options.Contains("MAX")) && !options.Contains("ALL") && !options.Contains("COUNT");
        if (!minMaxOnly || uids.Count == 0) return [.. uids];
        var saved = new HashSet<uint>();
        if (options.Contains("MIN")) saved.Add(uids[0]);
        if (options.Contains("MAX")) saved.Add(uids[^1]);
        return saved;
    }
}
