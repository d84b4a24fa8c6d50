using Imap4.Server.Mail;
using Imap4.Storage.Sqlite;

namespace Imap4.Server.Tests.Support;

/// <summary>A test server on a SQLite store in a temporary directory, removed on dispose.</summary>
internal sealed class SqliteServer : IAsyncDisposable
{
    private readonly string _directory;
    private readonly SqliteMailStore _store;

    private SqliteServer(string directory, SqliteMailStore store, ImapTestServer server)
    {
        _directory = directory;
        _store = store;
        Server = server;
    }

    public ImapTestServer Server { get; }

    public static async Task<SqliteServer> StartAsync(Action<ImapServerOptions>? configure = null, SqliteMailStoreOptions? storeOptions = null)
    {
        string directory = Path.Combine(Path.GetTempPath(), "imap4-server-" + Guid.NewGuid().ToString("N"));
        SqliteMailStore store = await SqliteMailStore.OpenAsync(directory,
            (storeOptions ?? SqliteMailStoreOptions.Default) with { CreateAccountsOnOpen = true, DurableCommits = false });
        ImapTestServer server = await Servers.StartAsync(o =>
        {
            o.MailBackend = new StoreMailBackend(store);
            configure?.Invoke(o);
        });
        return new SqliteServer(directory, store, server);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
