using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Schema;

/// <summary>
/// Versions the schema: <c>schema_version</c> holds one row with the current version; each <see cref="Migration"/>
/// runs in its own IMMEDIATE transaction together with the version bump, so a crash leaves the database at a whole version.
/// </summary>
internal static class SchemaMigrator
{
    private static readonly Migration[] Steps = [new Migration001Core(), new Migration002FullText(), new Migration003SearchTuning()];

    /// <summary>The version this code writes.</summary>
    public static int LatestVersion => Steps[^1].Version;

    /// <summary>The database's schema version (0 for an empty database).</summary>
    public static async ValueTask<int> GetVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        long? exists = await connection.LongAsync(transaction,
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'", cancellationToken).ConfigureAwait(false);
        if (exists == 0) return 0;
        return (int)(await connection.LongAsync(transaction, "SELECT version FROM schema_version", cancellationToken).ConfigureAwait(false) ?? 0);
    }

    /// <summary>Migrates up to <paramref name="target"/>.</summary>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.Unavailable"/> when the database is newer than this code.</exception>
    public static async ValueTask MigrateAsync(SqliteConnection connection, int target, CancellationToken cancellationToken)
    {
        foreach (Migration step in Steps)
        {
            if (step.Version > target) break;
            await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            int current = await GetVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (current > LatestVersion)
                throw new MailStoreException(MailStoreError.Unavailable, $"The database has schema version {current}; this code knows up to {LatestVersion}.");
            if (current >= step.Version) continue;
            await step.ApplyAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)", cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, "DELETE FROM schema_version", cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, "INSERT INTO schema_version(version) VALUES (@v)", cancellationToken, ("@v", step.Version)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
