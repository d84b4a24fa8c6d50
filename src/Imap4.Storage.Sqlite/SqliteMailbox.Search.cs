using System.Runtime.CompilerServices;
using Imap4.Mime;
using Imap4.Mime.Parsing;
using Imap4.Protocol.Search;
using Imap4.Storage.Search;
using Imap4.Storage.Sqlite.Database;
using Imap4.Storage.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite;

internal sealed partial class SqliteMailbox
{
    public IAsyncEnumerable<uint> SearchAsync(SearchKey criteria, SearchContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return SearchCoreAsync(criteria, context ?? SearchContext.Default, cancellationToken);
    }

    // One snapshot: metadata and the full-text index decide what they can; the reference evaluator reads the content
    // of what is left (see IndexedSearch).
    private async IAsyncEnumerable<uint> SearchCoreAsync(SearchKey criteria, SearchContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using SqliteConnection c = await Db.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction t = SqliteDatabase.BeginRead(c);
        await RequireAsync(c, t, cancellationToken).ConfigureAwait(false);
        uint highest = (uint)(await c.LongAsync(t, "SELECT max(uid) FROM message WHERE mailbox_id = @m", cancellationToken, ("@m", _id)).ConfigureAwait(false) ?? 0);
        var evaluator = new SearchEvaluator(criteria, context, highest); // validates the whole key first
        IndexedSearch? plan = evaluator.NeedsContent
            ? await IndexedSearch.PlanAsync(c, t, _id, criteria, context, highest, Options.MinIndexedSearchMailbox, cancellationToken).ConfigureAwait(false) : null;

        IReadOnlySet<long>? candidates = plan?.Candidates;
        if (plan is not null && CandidateRows.Worthwhile(candidates, highest))
        {
            var uids = new List<uint>();
            await foreach ((MessageInfo info, long contentId) in CandidateRows.ReadAsync(c, t, _id, candidates!, cancellationToken).ConfigureAwait(false))
                if (MatchPlanned(c, plan, info, contentId)) uids.Add(info.Uid);
            uids.Sort();
            foreach (uint uid in uids) yield return uid;
            yield break;
        }
        if (plan is { IndexDecides: true })
        {
            await foreach ((uint uid, long contentId) in CandidateRows.ContentIdsAsync(c, t, _id, cancellationToken).ConfigureAwait(false))
                if (plan.Decide(contentId)) yield return uid;
            yield break;
        }

        await using SqliteCommand command = c.Command(t, MessageRows.InfoSelect + " WHERE m.mailbox_id = @m ORDER BY m.uid", ("@m", _id));
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            MessageInfo info = MessageRows.ReadInfo(reader);
            long contentId = reader.GetInt64(12);
            bool match = plan is null ? evaluator.MatchMetadata(info) ?? false : MatchPlanned(c, plan, info, contentId);
            if (match) yield return info.Uid;
        }
    }

    private bool MatchPlanned(SqliteConnection c, IndexedSearch plan, MessageInfo info, long contentId)
    {
        SqliteBlob? blob = null;
        try
        {
            return plan.Match(info, contentId, () =>
            {
                blob = new SqliteBlob(c, "content_data", "data", contentId, readOnly: true);
                return new SearchableContent(MimeParser.Parse(blob, Options.ParserOptions), blob);
            });
        }
        finally
        {
            blob?.Dispose();
        }
    }
}
