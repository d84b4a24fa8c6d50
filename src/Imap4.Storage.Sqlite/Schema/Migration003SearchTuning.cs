using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Schema;

/// <summary>
/// Version 3, search and append tuning. A partial index of the content whose body is not in the full-text index
/// (<c>fts_full = 0</c>): a TEXT or BODY search must also look at those messages, and finding them scanned the whole
/// mailbox on every search. And FTS5's <c>automerge</c> at 16 (default 4): segments are merged 16 at a time instead of 4,
/// so each indexed trigram is rewritten fewer times as the index grows (APPEND about 1.3x faster, searches unchanged
/// in the measurements of docs/storage-sqlite.md).
/// </summary>
internal sealed class Migration003SearchTuning : Migration
{
    /// <summary>Segments FTS5 merges at once (its maximum).</summary>
    public const int AutoMerge = 16;

    public override int Version => 3;

    public override async ValueTask ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(transaction, "CREATE INDEX content_unindexed ON content(id) WHERE fts_full = 0", cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, "INSERT INTO content_fts(content_fts, rank) VALUES ('automerge', @n)", cancellationToken,
            ("@n", AutoMerge)).ConfigureAwait(false);
    }
}
