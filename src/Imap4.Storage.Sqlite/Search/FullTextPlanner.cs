using Imap4.Protocol.Search;
using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Search;

/// <summary>
/// Narrows a search with the full-text index: the content ids (of one mailbox) that may match a key, a superset of
/// the true matches, or null when the index cannot narrow it. The exact evaluator still decides every candidate, so
/// the index only ever saves reading messages; it never changes an answer.
/// </summary>
internal static class FullTextPlanner
{
    public static async ValueTask<HashSet<long>?> CandidatesAsync(SqliteConnection c, SqliteTransaction t, long mailboxId, SearchKey key, CancellationToken ct)
    {
        switch (key)
        {
            case AndSearchKey and:
                HashSet<long>? result = null;
                foreach (SearchKey k in and.Keys)
                {
                    HashSet<long>? part = await CandidatesAsync(c, t, mailboxId, k, ct).ConfigureAwait(false);
                    if (part is null) continue;
                    if (result is null) result = part;
                    else result.IntersectWith(part);
                }
                return result;
            case OrSearchKey or:
                HashSet<long>? left = await CandidatesAsync(c, t, mailboxId, or.Left, ct).ConfigureAwait(false);
                if (left is null) return null;
                HashSet<long>? right = await CandidatesAsync(c, t, mailboxId, or.Right, ct).ConfigureAwait(false);
                if (right is null) return null;
                left.UnionWith(right);
                return left;
            case TextSearchKey text:
                return await LeafAsync(c, t, mailboxId, ColumnOf(text.Field), text.Value, ct).ConfigureAwait(false);
            case HeaderSearchKey header:
                return await LeafAsync(c, t, mailboxId, "header", header.Value, ct).ConfigureAwait(false);
            default:
                return null; // NOT and metadata keys: the index says nothing useful
        }
    }

    private static string? ColumnOf(TextSearchField field) => field switch
    {
        TextSearchField.Body => "body",
        TextSearchField.Text => null,
        _ => "header",
    };

    private static async ValueTask<HashSet<long>?> LeafAsync(SqliteConnection c, SqliteTransaction t, long mailboxId, string? column, string needle, CancellationToken ct)
    {
        string? query = FullText.Query(column, needle);
        if (query is null) return null;
        // Content whose body was too large to index stays a candidate for any key that reads the body.
        string unindexed = column == "header" ? "" : " OR c.fts_full = 0";
        List<long> ids = await c.ListAsync(t, $"""
            SELECT m.content_id FROM message m JOIN content c ON c.id = m.content_id
            WHERE m.mailbox_id = @m AND (m.content_id IN (SELECT rowid FROM content_fts WHERE content_fts MATCH @q){unindexed})
            """, r => r.GetInt64(0), ct, ("@m", mailboxId), ("@q", query)).ConfigureAwait(false);
        return [.. ids];
    }
}
