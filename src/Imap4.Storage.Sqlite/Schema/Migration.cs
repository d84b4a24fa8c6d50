using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Schema;

/// <summary>One step of the schema: brings a database at <see cref="Version"/> - 1 to <see cref="Version"/>.</summary>
internal abstract class Migration
{
    /// <summary>The schema version after this step.</summary>
    public abstract int Version { get; }

    /// <summary>Applies the step inside the migrator's transaction.</summary>
    public abstract ValueTask ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken);
}
