using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Tests;

/// <summary>Writes queued behind a running commit share the next transaction, yet succeed or fail one by one.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Queued_writes_share_one_transaction_and_a_failure_touches_only_its_own_write()
    {
        using var directory = new TempDirectory();
        await using SqliteDatabase db = await OpenAsync(directory);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holderStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int> holder = db.WriteAsync(async (c, t, ct) =>
        {
            holderStarted.SetResult();
            await gate.Task;
            return await c.ExecuteAsync(t, "INSERT INTO g(v) VALUES ('holder')", ct);
        }, default).AsTask();
        await holderStarted.Task;

        var transactions = new List<SqliteTransaction>();
        Task<int> a = Insert(db, "a", transactions);
        Task<int> b = db.WriteAsync<int>(async (c, t, ct) =>
        {
            await c.ExecuteAsync(t, "INSERT INTO g(v) VALUES ('b')", ct);
            throw new InvalidOperationException("b fails after writing");
        }, default).AsTask();
        using var cancelled = new CancellationTokenSource();
        Task<int> d = Insert(db, "d", transactions, cancelled.Token);
        Task<int> e = Insert(db, "e", transactions);
        await cancelled.CancelAsync();
        gate.SetResult();

        Assert.Equal(1, await holder);
        Assert.Equal(1, await a);
        Assert.Equal(1, await e);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => b);
        Assert.Equal("b fails after writing", failure.Message);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => d);
        Assert.Equal(2, transactions.Count);
        Assert.Same(transactions[0], transactions[1]); // a and e were committed together
        Assert.Equal(["a", "e", "holder"], await ValuesAsync(db));
    }

    [Fact]
    public async Task Many_concurrent_writers_all_commit_exactly_once()
    {
        using var directory = new TempDirectory();
        await using SqliteDatabase db = await OpenAsync(directory);
        Task<int>[] writes = Enumerable.Range(0, 300).Select(i => Task.Run(() => Insert(db, $"v{i:D3}", null))).ToArray();
        Assert.All(await Task.WhenAll(writes), n => Assert.Equal(1, n));
        List<string> values = await ValuesAsync(db);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"v{i:D3}"), values);
    }

    private static async Task<SqliteDatabase> OpenAsync(TempDirectory directory)
    {
        string cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory.Path, "g.db") }.ToString();
        SqliteDatabase db = await SqliteDatabase.OpenAsync(cs, durable: true, maxWritesPerCommit: 64, default);
        await db.WriteAsync((c, t, ct) => c.ExecuteAsync(t, "CREATE TABLE g(v TEXT NOT NULL)", ct), default);
        return db;
    }

    private static Task<int> Insert(SqliteDatabase db, string value, List<SqliteTransaction>? seen, CancellationToken token = default) =>
        db.WriteAsync((c, t, ct) =>
        {
            if (seen is not null) lock (seen) seen.Add(t);
            return c.ExecuteAsync(t, "INSERT INTO g(v) VALUES (@v)", ct, ("@v", value));
        }, token).AsTask();

    private static ValueTask<List<string>> ValuesAsync(SqliteDatabase db) =>
        db.ReadAsync((c, t, ct) => c.ListAsync(t, "SELECT v FROM g ORDER BY v", r => r.GetString(0), ct), default);
}
