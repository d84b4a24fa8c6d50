using System.Collections.Concurrent;
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
    private readonly ConcurrentQueue<WriteItem> _queue = new();
    private readonly SqliteConnection _writer;
    private readonly int _maxWritesPerCommit;
    private bool _disposed;

    private SqliteDatabase(string connectionString, SqliteConnection writer, int maxWritesPerCommit)
    {
        ConnectionString = connectionString;
        _writer = writer;
        _maxWritesPerCommit = maxWritesPerCommit;
    }

    public string ConnectionString { get; }

    /// <summary>Opens (creating when needed) and migrates the database.</summary>
    public static async Task<SqliteDatabase> OpenAsync(string connectionString, bool durable, int maxWritesPerCommit,
        CancellationToken cancellationToken)
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
            return new SqliteDatabase(normalized, writer, maxWritesPerCommit);
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in an IMMEDIATE transaction on the writer and returns only after that transaction
    /// committed (so an acknowledged change is durable). Writes that queue up while another commit is in progress are
    /// run together in one transaction, each inside its own savepoint, and committed with one sync (group commit):
    /// a failing write is rolled back to its savepoint without touching the others. Cancellation is honoured up to the
    /// commit.
    /// </summary>
    public async ValueTask<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, ValueTask<T>> work,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var item = new WriteItem<T>(work, cancellationToken);
        _queue.Enqueue(item);
        try
        {
            await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (item.TryWithdraw())
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return await item.Task.ConfigureAwait(false); // a batch already took it: its outcome is the answer
        }
        try
        {
            // Whoever holds the lock commits batches until its own write is done (earlier writes go first).
            while (!item.IsCompleted) await CommitBatchAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
        return await item.Task.ConfigureAwait(false);
    }

    private async Task CommitBatchAsync()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var batch = new List<WriteItem>();
        while (batch.Count < _maxWritesPerCommit && _queue.TryDequeue(out WriteItem? next))
            if (next.TryTake()) batch.Add(next);
        if (batch.Count == 0) return;
        var done = new List<WriteItem>(batch.Count);
        try
        {
            await using SqliteTransaction transaction = _writer.BeginTransaction(deferred: false); // BEGIN IMMEDIATE
            foreach (WriteItem item in batch)
                if (await RunInSavepointAsync(item, transaction).ConfigureAwait(false)) done.Add(item);
            if (done.Count > 0) await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            foreach (WriteItem item in batch) item.Fail(ex); // no effect on items that already failed alone
            return;
        }
        foreach (WriteItem item in done) item.Complete();
    }

    private static async ValueTask<bool> RunInSavepointAsync(WriteItem item, SqliteTransaction transaction)
    {
        transaction.Save("w");
        try
        {
            await item.RunAsync(transaction.Connection!, transaction).ConfigureAwait(false);
            transaction.Release("w");
            return true;
        }
        catch (Exception ex) when (ex is not SqliteException { SqliteErrorCode: 10 or 13 }) // I/O error, disk full: the batch fails
        {
            transaction.Rollback("w");
            transaction.Release("w");
            item.Fail(ex);
            return false;
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
