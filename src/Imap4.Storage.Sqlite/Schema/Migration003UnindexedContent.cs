using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Schema;

/// <summary>
/// Version 3: a partial index of the content whose body is not in the full-text index (<c>fts_full = 0</c>). A TEXT or
/// BODY search must also look at those messages; without the index, finding them scanned the whole mailbox on every search.
/// </summary>
internal sealed class Migration003UnindexedContent : Migration
{
    public override int Version => 3;

    public override async ValueTask ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(transaction, "CREATE INDEX content_unindexed ON content(id) WHERE fts_full = 0", cancellationToken).ConfigureAwait(false);
}
