using Imap4.Protocol.Search;
using Imap4.Storage.Search;

namespace Imap4.Storage.InMemory;

internal sealed partial class InMemoryMailbox
{
    public IAsyncEnumerable<uint> SearchAsync(SearchKey criteria, SearchContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        // Snapshot and validate now, so an unsupported key fails at the call; evaluate lazily outside the lock.
        (MessageEntry[] entries, uint highest) = Locked(() => (box.Messages.Values.ToArray(), box.Messages.Count == 0 ? 0u : box.Messages.Keys.Max()));
        var evaluator = new SearchEvaluator(criteria, context ?? SearchContext.Default, highest);
        return AsyncSequence.Of(() => Matches(entries, evaluator), cancellationToken);
    }

    private static IEnumerable<uint> Matches(MessageEntry[] entries, SearchEvaluator evaluator)
    {
        foreach (MessageEntry e in entries)
        {
            bool match = evaluator.MatchMetadata(e.Info) ?? MatchContent(e, evaluator);
            if (match) yield return e.Info.Uid;
        }
    }

    private static bool MatchContent(MessageEntry e, SearchEvaluator evaluator)
    {
        using Stream content = e.Stored.Open();
        return evaluator.Match(e.Info, new SearchableContent(e.Stored.Parsed, content));
    }
}
