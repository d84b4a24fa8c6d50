using Imap4.Protocol.Search;
using Imap4.Storage.Search;
using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Search;

/// <summary>
/// A search key planned against the full-text index of one mailbox at one snapshot. TEXT and BODY are answered by the
/// index alone for messages it holds whole (the index has exactly the text the reference evaluator reads, folded as
/// it compares). Header keys use it to drop messages that cannot match and let the reference evaluator decide the rest.
/// Everything else is the reference evaluator's, leaf by leaf, so the answers are the reference answers.
/// </summary>
internal sealed class IndexedSearch
{
    private readonly Node _root;

    private IndexedSearch(Node root) => _root = root;

    /// <summary>Plans <paramref name="key"/> (already validated by a <see cref="SearchEvaluator"/>).</summary>
    public static async ValueTask<IndexedSearch> PlanAsync(SqliteConnection c, SqliteTransaction t, long mailboxId, SearchKey key,
        SearchContext context, uint highestUid, int minIndexedMailbox, CancellationToken ct)
    {
        // The index spans every account, so its cost follows the matches in the whole database: a small mailbox is
        // cheaper to read than to look up (then every text key is a plain leaf and the content decides).
        bool useIndex = minIndexedMailbox <= 0 || await c.LongAsync(t,
            "SELECT count(*) FROM (SELECT 1 FROM message WHERE mailbox_id = @m LIMIT @l)", ct,
            ("@m", mailboxId), ("@l", minIndexedMailbox)).ConfigureAwait(false) >= minIndexedMailbox;
        HashSet<long>? unindexed = null; // content of this mailbox whose body is not in the index, loaded once when needed
        async ValueTask<HashSet<long>> UnindexedAsync() => unindexed ??= [.. await c.ListAsync(t,
            // Driven by the partial index content_unindexed (usually empty), not by a scan of the mailbox.
            "SELECT m.content_id FROM content c CROSS JOIN message m ON m.content_id = c.id WHERE c.fts_full = 0 AND m.mailbox_id = @m",
            r => r.GetInt64(0), ct, ("@m", mailboxId)).ConfigureAwait(false)];

        async ValueTask<Node> PlanNodeAsync(SearchKey k)
        {
            switch (k)
            {
                case AndSearchKey and:
                    var children = new Node[and.Keys.Count];
                    for (int i = 0; i < children.Length; i++) children[i] = await PlanNodeAsync(and.Keys[i]).ConfigureAwait(false);
                    return new AllOf(children);
                case OrSearchKey or:
                    return new AnyOf(await PlanNodeAsync(or.Left).ConfigureAwait(false), await PlanNodeAsync(or.Right).ConfigureAwait(false));
                case NotSearchKey not:
                    return new Negation(await PlanNodeAsync(not.Key).ConfigureAwait(false));
            }
            var leaf = new Leaf(new SearchEvaluator(k, context, highestUid));
            (string? column, string needle, bool exact) = k switch
            {
                TextSearchKey { Field: TextSearchField.Text } text => (null, text.Value, true),
                TextSearchKey { Field: TextSearchField.Body } text => ("body", text.Value, true),
                TextSearchKey text => ("header", text.Value, false),
                HeaderSearchKey header => ("header", header.Value, false),
                _ => ("", "", false),
            };
            string? query = column == "" || !useIndex ? null : FullText.Query(column, needle);
            if (query is null) return leaf;
            HashSet<long> found = await MatchAsync(c, t, mailboxId, query, ct).ConfigureAwait(false);
            return exact ? new Indexed(found, await UnindexedAsync().ConfigureAwait(false), leaf) : new Narrowed(found, leaf);
        }

        return new IndexedSearch(await PlanNodeAsync(key).ConfigureAwait(false));
    }

    /// <summary>
    /// The content ids that can match (a superset of the answer), or null when the index cannot bound it (a NOT, or
    /// a key the index does not serve, at the top). Lets the caller visit only these messages instead of the mailbox.
    /// </summary>
    public IReadOnlySet<long>? Candidates => _root.Candidates();

    /// <summary>
    /// True when the index alone decides every message (TEXT and BODY keys over fully indexed content, combined with
    /// AND, OR, NOT): then <see cref="Decide"/> needs only the content id, and no row is decoded.
    /// </summary>
    public bool IndexDecides => _root.IndexDecides;

    /// <summary>Decides a message from its content id; only when <see cref="IndexDecides"/>.</summary>
    public bool Decide(long contentId) => _root.Decide(contentId);

    /// <summary>Decides a message; <paramref name="content"/> is called only when the index and metadata cannot decide.</summary>
    public bool Match(MessageInfo message, long contentId, Func<SearchableContent> content) =>
        _root.Eval(message, contentId, null) ?? _root.Eval(message, contentId, content()) ?? false;

    private static async ValueTask<HashSet<long>> MatchAsync(SqliteConnection c, SqliteTransaction t, long mailboxId, string query, CancellationToken ct) =>
        [.. await c.ListAsync(t, """
            SELECT content_id FROM message
            WHERE mailbox_id = @m AND content_id IN (SELECT rowid FROM content_fts WHERE content_fts MATCH @q)
            """, r => r.GetInt64(0), ct, ("@m", mailboxId), ("@q", query)).ConfigureAwait(false)];

    // Three-valued like the reference evaluator: null means "needs the content" while content is null.
    private abstract class Node
    {
        public abstract bool? Eval(MessageInfo m, long contentId, SearchableContent? content);

        public virtual IReadOnlySet<long>? Candidates() => null;

        public virtual bool IndexDecides => false;

        public virtual bool Decide(long contentId) => throw new InvalidOperationException("The index does not decide this key alone.");
    }

    private sealed class Leaf(SearchEvaluator evaluator) : Node
    {
        public override bool? Eval(MessageInfo m, long contentId, SearchableContent? content) =>
            content is null ? evaluator.MatchMetadata(m) : evaluator.Match(m, content);
    }

    private sealed class Indexed(HashSet<long> matches, HashSet<long> unindexed, Leaf fallback) : Node
    {
        public override bool? Eval(MessageInfo m, long contentId, SearchableContent? content) =>
            matches.Contains(contentId) ? true : unindexed.Contains(contentId) ? fallback.Eval(m, contentId, content) : false;

        public override IReadOnlySet<long>? Candidates() => unindexed.Count == 0 ? matches : new HashSet<long>([.. matches, .. unindexed]);

        public override bool IndexDecides => unindexed.Count == 0;

        public override bool Decide(long contentId) => matches.Contains(contentId);
    }

    private sealed class Narrowed(HashSet<long> candidates, Leaf exact) : Node
    {
        public override bool? Eval(MessageInfo m, long contentId, SearchableContent? content) =>
            candidates.Contains(contentId) ? exact.Eval(m, contentId, content) : false;

        public override IReadOnlySet<long>? Candidates() => candidates;
    }

    private sealed class AllOf(Node[] children) : Node
    {
        public override bool? Eval(MessageInfo m, long contentId, SearchableContent? content)
        {
            bool unknown = false;
            foreach (Node child in children)
            {
                bool? r = child.Eval(m, contentId, content);
                if (r == false) return false;
                unknown |= r is null;
            }
            return unknown ? null : true;
        }

        // A match must pass every child: the smallest bound of any child bounds the conjunction.
        public override IReadOnlySet<long>? Candidates() =>
            children.Select(c => c.Candidates()).Where(s => s is not null).MinBy(s => s!.Count);

        public override bool IndexDecides => children.All(c => c.IndexDecides);

        public override bool Decide(long contentId) => children.All(c => c.Decide(contentId));
    }

    private sealed class AnyOf(Node left, Node right) : Node
    {
        public override bool? Eval(MessageInfo m, long contentId, SearchableContent? content)
        {
            bool? l = left.Eval(m, contentId, content);
            if (l == true) return true;
            bool? r = right.Eval(m, contentId, content);
            if (r == true) return true;
            return l is null || r is null ? null : false;
        }

        public override IReadOnlySet<long>? Candidates() =>
            left.Candidates() is { } l && right.Candidates() is { } r ? new HashSet<long>([.. l, .. r]) : null;

        public override bool IndexDecides => left.IndexDecides && right.IndexDecides;

        public override bool Decide(long contentId) => left.Decide(contentId) || right.Decide(contentId);
    }

    private sealed class Negation(Node inner) : Node
    {
        public override bool? Eval(MessageInfo m, long contentId, SearchableContent? content) => !inner.Eval(m, contentId, content);

        public override bool IndexDecides => inner.IndexDecides;

        public override bool Decide(long contentId) => !inner.Decide(contentId);
    }
}
