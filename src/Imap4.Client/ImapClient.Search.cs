using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Search;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    private const string Utf8Charset = "UTF-8";

    /// <summary>
    /// SEARCH (UID SEARCH when <see cref="UseUid"/>): the ids of the messages matching the criteria, built with
    /// <see cref="SearchQuery"/> (e.g. <c>SearchQuery.Unseen &amp; SearchQuery.From("bob")</c>). The criteria go with
    /// CHARSET UTF-8 (unless UTF-8 is enabled); a server that refuses it with <c>[BADCHARSET]</c> is asked again in
    /// US-ASCII when the criteria are ASCII. Uses ESEARCH when offered.
    /// </summary>
    /// <param name="criteria">The criteria; null for ALL.</param>
    /// <param name="charset">The charset to announce instead of UTF-8, or null.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The matching ids.</returns>
    /// <exception cref="ImapCommandException">The server refused the search (e.g. <c>[BADCHARSET]</c> for non-ASCII criteria).</exception>
    public async Task<SearchResult> SearchAsync(SearchKey? criteria = null, string? charset = null, CancellationToken cancellationToken = default)
    {
        criteria ??= SearchQuery.All;
        bool esearch = HasCapability(Capability.ESearch) || HasCapability(Capability.Imap4Rev2);
        var command = new SearchCommand(criteria)
        {
            IsUid = UseUid,
            Charset = charset ?? (Connection.IsUtf8Enabled ? null : Utf8Charset),
            Return = esearch ? SearchReturnOptions.Of(SearchReturnOption.All) : null,
        };
        ImapCommandResult result = await RunWithCharsetRetryAsync(
            command, criteria, c => c with { Charset = null }, cancellationToken).ConfigureAwait(false);
        return ToSearchResult(result);
    }

    /// <summary>
    /// Extended SEARCH (ESEARCH, RFC 4731): only what is asked for comes back, e.g. COUNT or MIN and MAX, without
    /// listing every match.
    /// </summary>
    /// <param name="criteria">The criteria.</param>
    /// <param name="returnOptions">What to return, e.g. <c>SearchReturnOptions.Of(SearchReturnOption.Count)</c>.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="NotSupportedException">The server has neither ESEARCH nor IMAP4rev2.</exception>
    public async Task<SearchSummary> SearchExtendedAsync(SearchKey criteria, SearchReturnOptions returnOptions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(returnOptions);
        if (!HasCapability(Capability.Imap4Rev2)) Require(Capability.ESearch, "SEARCH RETURN");
        var command = new SearchCommand(criteria)
        {
            IsUid = UseUid,
            Charset = Connection.IsUtf8Enabled ? null : Utf8Charset,
            Return = returnOptions,
        };
        ImapCommandResult result = await RunWithCharsetRetryAsync(
            command, criteria, c => c with { Charset = null }, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ESearchResponse> answers = result.Get<ESearchResponse>();
        return SearchSummary.From(answers.Count > 0 ? answers[^1] : null);
    }

    /// <summary>SORT (RFC 5256): the matching ids in the given order.</summary>
    /// <param name="sortBy">The sort keys, e.g. <c>[SortCriterion.Descending(SortKey.Arrival)]</c>.</param>
    /// <param name="criteria">The search criteria; null for ALL.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The sorted ids.</returns>
    /// <exception cref="NotSupportedException">The server does not announce SORT.</exception>
    public async Task<SearchResult> SortAsync(IReadOnlyList<SortCriterion> sortBy, SearchKey? criteria = null, CancellationToken cancellationToken = default)
    {
        Require(Capability.Sort, "SORT");
        criteria ??= SearchQuery.All;
        var command = new SortCommand(sortBy, criteria) { IsUid = UseUid };
        ImapCommandResult result = await RunWithCharsetRetryAsync(
            command, criteria, c => c with { Charset = "US-ASCII" }, cancellationToken).ConfigureAwait(false);
        var ids = new List<uint>();
        ulong? modSeq = null;
        foreach (SortResponse s in result.Get<SortResponse>())
        {
            ids.AddRange(s.Numbers);
            modSeq ??= s.ModSeq;
        }
        return new SearchResult(ids, modSeq);
    }

    /// <summary>THREAD (RFC 5256): the matching messages as conversation trees.</summary>
    /// <param name="algorithm">The algorithm; null for REFERENCES when offered, else ORDEREDSUBJECT.</param>
    /// <param name="criteria">The search criteria; null for ALL.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The threads: each node holds a chain of ids and its branches.</returns>
    /// <exception cref="NotSupportedException">The server does not announce that THREAD algorithm.</exception>
    public async Task<IReadOnlyList<ThreadNode>> ThreadAsync(ThreadAlgorithm? algorithm = null, SearchKey? criteria = null, CancellationToken cancellationToken = default)
    {
        algorithm ??= HasCapability(Capability.ThreadReferences) ? ThreadAlgorithm.References : ThreadAlgorithm.OrderedSubject;
        Require(Capability.Parse("THREAD=" + algorithm.Name), "THREAD " + algorithm.Name);
        criteria ??= SearchQuery.All;
        var command = new ThreadCommand(algorithm, criteria) { IsUid = UseUid };
        ImapCommandResult result = await RunWithCharsetRetryAsync(
            command, criteria, c => c with { Charset = "US-ASCII" }, cancellationToken).ConfigureAwait(false);
        var threads = new List<ThreadNode>();
        foreach (ThreadResponse t in result.Get<ThreadResponse>()) threads.AddRange(t.Threads);
        return threads;
    }

    /// <summary>Runs a search-like command; on [BADCHARSET] with ASCII criteria, runs it once more in US-ASCII.</summary>
    private async Task<ImapCommandResult> RunWithCharsetRetryAsync<T>(T command, SearchKey criteria, Func<T, T> inAscii, CancellationToken cancellationToken)
        where T : ImapCommand
    {
        try
        {
            return await RunAsync(command, cancellationToken).ConfigureAwait(false);
        }
        catch (ImapCommandException e) when (e.ResponseCode?.Name == "BADCHARSET" && !criteria.RequiresCharset)
        {
            return await RunAsync(inAscii(command), cancellationToken).ConfigureAwait(false);
        }
    }

    private static SearchResult ToSearchResult(ImapCommandResult result)
    {
        var ids = new List<uint>();
        ulong? modSeq = null;
        foreach (UntaggedResponse r in result.Untagged)
        {
            if (r is SearchResponse s)
            {
                ids.AddRange(s.Numbers);
                modSeq ??= s.ModSeq;
            }
            else if (r is ESearchResponse e)
            {
                if (e.All is { } all) ids.AddRange(all.Enumerate(uint.MaxValue));
                modSeq ??= e.ModSeq;
            }
        }
        return new SearchResult(ids, modSeq);
    }
}
