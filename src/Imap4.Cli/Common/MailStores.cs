using Imap4.Storage;
using Imap4.Storage.InMemory;
using Imap4.Storage.Sqlite;

namespace Imap4.Cli.Common;

/// <summary>Opens the mail store of a data directory and creates accounts in it.</summary>
public static class MailStores
{
    /// <summary>Opens a store. The caller disposes it with <see cref="DisposeAsync"/>.</summary>
    /// <param name="kind">The kind of store.</param>
    /// <param name="dataDirectory">The data directory (SQLite keeps <c>mail.db</c> there).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The store.</returns>
    public static async Task<IMailStore> OpenAsync(StoreKind kind, string dataDirectory, CancellationToken cancellationToken = default) => kind switch
    {
        // Accounts are created on first use, so users added while the server runs can log in at once.
        StoreKind.Memory => new InMemoryMailStore(new InMemoryMailStoreOptions { CreateAccountsOnOpen = true }),
        _ => await SqliteMailStore.OpenAsync(dataDirectory, new SqliteMailStoreOptions { CreateAccountsOnOpen = true }, cancellationToken).ConfigureAwait(false),
    };

    /// <summary>Disposes a store when it holds resources.</summary>
    /// <param name="store">The store.</param>
    /// <returns>A task that completes when disposed.</returns>
    public static ValueTask DisposeAsync(IMailStore store) => store is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Creates an account unless it exists.</summary>
    /// <param name="store">The store.</param>
    /// <param name="user">The user name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when the account was created now.</returns>
    public static async Task<bool> EnsureAccountAsync(IMailStore store, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await foreach (string existing in store.ListAccountsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(existing, user, StringComparison.Ordinal)) return false;
        }
        try
        {
            await store.CreateAccountAsync(user, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (MailStoreException e) when (e.Error == MailStoreError.AlreadyExists)
        {
            return false;
        }
    }
}
