using System.Runtime.CompilerServices;
using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Search;

/// <summary>
/// The message rows a planned search reads: only the candidates the full-text index left, through the
/// <c>message_content</c> index, so a search for a rare or absent word costs the matches, not the mailbox size; or,
/// when the index decides alone, just each message's UID and content id.
/// </summary>
internal static class CandidateRows
{
    /// <summary>
    /// One lookup per candidate beats one scan of the mailbox while candidates are at most this fraction (1/8) of it;
    /// above that, the ordered scan reads fewer pages.
    /// </summary>
    public const int LookupShare = 8;

    /// <summary>True when looking the candidates up is cheaper than scanning the mailbox (UIDs bound its size).</summary>
    public static bool Worthwhile(IReadOnlySet<long>? candidates, uint highestUid) =>
        candidates is not null && (long)candidates.Count * LookupShare <= highestUid;

    /// <summary>Every message of the mailbox as (UID, content id), ascending: all a search the index decides needs.</summary>
    public static async IAsyncEnumerable<(uint Uid, long ContentId)> ContentIdsAsync(SqliteConnection c, SqliteTransaction t, long mailboxId,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using SqliteCommand command = c.Command(t, "SELECT uid, content_id FROM message WHERE mailbox_id = @m ORDER BY uid", ("@m", mailboxId));
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) yield return ((uint)reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The messages of <paramref name="mailboxId"/> holding one of <paramref name="contentIds"/>, in no particular order.</summary>
    public static async IAsyncEnumerable<(MessageInfo Info, long ContentId)> ReadAsync(SqliteConnection c, SqliteTransaction t, long mailboxId,
        IEnumerable<long> contentIds, [EnumeratorCancellation] CancellationToken ct)
    {
        // One prepared statement, rebound per id: COPY within a mailbox can give one content several messages.
        await using SqliteCommand command = c.Command(t, MessageRows.InfoSelect + " WHERE m.content_id = @c AND m.mailbox_id = @m",
            ("@m", mailboxId), ("@c", 0L));
        SqliteParameter id = command.Parameters["@c"];
        foreach (long contentId in contentIds.Order())
        {
            id.Value = contentId;
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) yield return (MessageRows.ReadInfo(reader), contentId);
        }
    }
}
