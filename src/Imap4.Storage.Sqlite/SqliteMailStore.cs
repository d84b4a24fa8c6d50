using System.Runtime.CompilerServices;
using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite;

/// <summary>
/// The durable embedded store: one SQLite database (WAL) holds every account, its mailboxes, messages and their
/// content (as blobs read with incremental I/O), and a trigram FTS5 index for SEARCH. Writes are serialised per
/// database by an async lock and acknowledged only after their commit; reads run concurrently on snapshots.
/// </summary>
public sealed class SqliteMailStore : IMailStore, IAsyncDisposable
{
    private SqliteMailStore(SqliteDatabase database, SqliteMailStoreOptions options)
    {
        Database = database;
        Options = options;
    }

    /// <summary>The settings.</summary>
    public SqliteMailStoreOptions Options { get; }

    internal SqliteDatabase Database { get; }

    internal MailboxSignals Signals { get; } = new();

    /// <summary>
    /// Opens a store, creating the database and migrating its schema as needed.
    /// </summary>
    /// <param name="location">A directory (the database is <see cref="SqliteMailStoreOptions.FileName"/> in it; the directory
    /// is created when missing) or a Microsoft.Data.Sqlite connection string (anything containing <c>=</c> that is not
    /// an existing directory).</param>
    /// <param name="options">Settings, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.Unavailable"/> when the database was written by a
    /// newer version of the store.</exception>
    public static async Task<SqliteMailStore> OpenAsync(string location, SqliteMailStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        options ??= SqliteMailStoreOptions.Default;
        string connectionString = location;
        if (Directory.Exists(location) || !location.Contains('=', StringComparison.Ordinal))
        {
            Directory.CreateDirectory(location);
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(location, options.FileName) }.ToString();
        }
        SqliteDatabase database = await SqliteDatabase.OpenAsync(connectionString, options.DurableCommits, options.MaxWritesPerCommit, cancellationToken).ConfigureAwait(false);
        return new SqliteMailStore(database, options);
    }

    /// <inheritdoc/>
    public async ValueTask<IMailAccount> CreateAccountAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        long id = await Database.WriteAsync(async (c, t, ct) =>
        {
            if (await c.LongAsync(t, "SELECT id FROM account WHERE user = @u", ct, ("@u", user)).ConfigureAwait(false) is not null)
                throw new MailStoreException(MailStoreError.AlreadyExists, $"The account {user} already exists.");
            return await InsertAccountAsync(c, t, user, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return new SqliteMailAccount(this, id, user);
    }

    /// <inheritdoc/>
    public async ValueTask<IMailAccount> OpenAccountAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        long? id = await Database.ReadAsync((c, t, ct) => c.LongAsync(t, "SELECT id FROM account WHERE user = @u", ct, ("@u", user)),
            cancellationToken).ConfigureAwait(false);
        if (id is null && Options.CreateAccountsOnOpen)
        {
            id = await Database.WriteAsync(async (c, t, ct) =>
                await c.LongAsync(t, "SELECT id FROM account WHERE user = @u", ct, ("@u", user)).ConfigureAwait(false)
                ?? await InsertAccountAsync(c, t, user, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        return id is long found ? new SqliteMailAccount(this, found, user)
            : throw new MailStoreException(MailStoreError.NonExistent, $"There is no account {user}.");
    }

    /// <inheritdoc/>
    public async ValueTask DeleteAccountAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        List<long> mailboxes = await Database.WriteAsync(async (c, t, ct) =>
        {
            long id = await c.LongAsync(t, "SELECT id FROM account WHERE user = @u", ct, ("@u", user)).ConfigureAwait(false)
                ?? throw new MailStoreException(MailStoreError.NonExistent, $"There is no account {user}.");
            List<long> ids = await c.ListAsync(t, "SELECT id FROM mailbox WHERE account_id = @a", r => r.GetInt64(0), ct, ("@a", id)).ConfigureAwait(false);
            await c.ExecuteAsync(t, "DELETE FROM account WHERE id = @a", ct, ("@a", id)).ConfigureAwait(false);
            await Writes.DeleteOrphanContentAsync(c, t, null, ct).ConfigureAwait(false);
            return ids;
        }, cancellationToken).ConfigureAwait(false);
        Signals.Complete(mailboxes);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<string> ListAccountsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<string> users = await Database.ReadAsync((c, t, ct) => c.ListAsync(t, "SELECT user FROM account", r => r.GetString(0), ct),
            cancellationToken).ConfigureAwait(false);
        users.Sort(StringComparer.Ordinal); // SQLite's BINARY order is UTF-8's, not UTF-16's
        foreach (string user in users) yield return user;
    }

    /// <summary>Closes the database. Open handles fail afterwards.</summary>
    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private async ValueTask<long> InsertAccountAsync(SqliteConnection c, SqliteTransaction t, string user, CancellationToken ct)
    {
        long id = await c.LongAsync(t, "INSERT INTO account(user, quota_storage_kib, quota_messages) VALUES (@u, @s, @m) RETURNING id", ct,
            ("@u", user), ("@s", Options.DefaultQuota.StorageKiB), ("@m", Options.DefaultQuota.Messages)).ConfigureAwait(false)
            ?? throw new InvalidOperationException("INSERT returned no id.");
        await Writes.CreateMailboxAsync(c, t, id, "INBOX", SpecialUse.None, Options.TimeProvider, ct).ConfigureAwait(false);
        return id;
    }
}
