using Imap4.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Database;

/// <summary>
/// One SQLite database in WAL mode: a single writer connection used under an async lock (SQLite allows one writer;
/// serialising here keeps writers from spinning on SQLITE_BUSY), and pooled reader connections that run concurrently
/// on their own snapshots.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SqliteConnection _writer;
    private bool _disposed;

    private SqliteDatabase(string connectionString, SqliteConnection writer)
    {
        ConnectionString = connectionString;
        _writer = writer;
    }

    public string ConnectionString { get; }

    /// <summary>Opens (creating when needed) and migrates the database.</summary>
    public static async Task<SqliteDatabase> OpenAsync(string connectionString, bool durable, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, Pooling = true };
        string normalized = builder.ToString();
        var writer = new SqliteConnection(normalized);
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            await writer.ExecuteAsync(null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            await writer.ExecuteAsync(null, durable ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;", cancellationToken).ConfigureAwait(false);
            await SchemaMigrator.MigrateAsync(writer, SchemaMigrator.LatestVersion, cancellationToken).ConfigureAwait(false);
            return new SqliteDatabase(normalized, writer);
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one IMMEDIATE transaction on the writer and commits it; returns only after the
    /// commit (so an acknowledged change is durable). Cancellation is honoured up to the commit.
    /// </summary>
    public async ValueTask<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, ValueTask<T>> work,
        CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await using SqliteTransaction transaction = _writer.BeginTransaction(deferred: false); // BEGIN IMMEDIATE
            T result = await work(_writer, transaction, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a pooled reader inside one read transaction (a consistent snapshot).</summary>
    public async ValueTask<T> ReadAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, ValueTask<T>> work,
        CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction transaction = BeginRead(connection);
        return await work(connection, transaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a pooled reader connection the caller disposes.</summary>
    public async ValueTask<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A deferred transaction: the snapshot is taken at its first read.</summary>
    public static SqliteTransaction BeginRead(SqliteConnection connection) => connection.BeginTransaction(deferred: true);

    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed) return;
            _disposed = true;
            SqliteConnection.ClearPool(_writer);
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
