using Imap4.Cli.Common;
using Imap4.Server.Authentication;

namespace Imap4.Cli.Users;

/// <summary>Changes the users of a data directory: the users file and the accounts in the SQLite store.</summary>
/// <param name="dataDirectory">The data directory.</param>
public sealed class UserAdministration(string dataDirectory)
{
    /// <summary>PBKDF2 iterations for new passwords (RFC 7677 asks for at least 4 096).</summary>
    public const int DefaultIterations = 100_000;

    /// <summary>The data directory.</summary>
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    /// <summary>The users file.</summary>
    public string UserFilePath => UserFile.PathIn(DataDirectory);

    /// <summary>The user names, in ordinal order.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The names.</returns>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default)
    {
        UserFile file = await UserFile.ReadAsync(UserFilePath, cancellationToken).ConfigureAwait(false);
        return [.. file.Users.Keys];
    }

    /// <summary>Adds a user (and creates the account in the SQLite store).</summary>
    /// <param name="name">The user name.</param>
    /// <param name="password">The password (only its SCRAM-SHA-256 record is stored).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="InvalidOperationException">The user exists.</exception>
    public async Task AddAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        ArgumentException.ThrowIfNullOrEmpty(password);
        await UpdateAsync(async file =>
        {
            if (file.Users.ContainsKey(name)) throw new InvalidOperationException($"User '{name}' exists; use 'imap4 user passwd'.");
            await CreateAccountAsync(name, cancellationToken).ConfigureAwait(false);
            file.Users[name] = UserRecord.From(ScramCredential.Create(password, DefaultIterations));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds or replaces a user in the users file only (the store is not touched).</summary>
    /// <param name="name">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when stored.</returns>
    public async Task WriteUserAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        ArgumentException.ThrowIfNullOrEmpty(password);
        await UpdateAsync(file =>
        {
            file.Users[name] = UserRecord.From(ScramCredential.Create(password, DefaultIterations));
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes a user's password.</summary>
    /// <param name="name">The user name.</param>
    /// <param name="password">The new password.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="InvalidOperationException">The user does not exist.</exception>
    public async Task SetPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        await UpdateAsync(file =>
        {
            if (!file.Users.ContainsKey(name)) throw new InvalidOperationException($"No user '{name}'.");
            file.Users[name] = UserRecord.From(ScramCredential.Create(password, DefaultIterations));
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a user from the users file; the mail stays in the store.</summary>
    /// <param name="name">The user name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="InvalidOperationException">The user does not exist.</exception>
    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        await UpdateAsync(file => file.Users.Remove(name) ? Task.CompletedTask : throw new InvalidOperationException($"No user '{name}'."),
            cancellationToken).ConfigureAwait(false);
    }

    // Read, change and write the users file under the lock; a change that throws writes nothing.
    private async Task UpdateAsync(Func<UserFile, Task> change, CancellationToken cancellationToken)
    {
        UserFileLock fileLock = await UserFileLock.AcquireAsync(UserFilePath, cancellationToken).ConfigureAwait(false);
        await using (fileLock.ConfigureAwait(false))
        {
            UserFile file = await UserFile.ReadAsync(UserFilePath, cancellationToken).ConfigureAwait(false);
            await change(file).ConfigureAwait(false);
            await file.WriteAsync(UserFilePath, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CreateAccountAsync(string name, CancellationToken cancellationToken)
    {
        var store = await MailStores.OpenAsync(StoreKind.Sqlite, DataDirectory, cancellationToken).ConfigureAwait(false);
        try
        {
            await MailStores.EnsureAccountAsync(store, name, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await MailStores.DisposeAsync(store).ConfigureAwait(false);
        }
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        foreach (char c in name)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c)) throw new ArgumentException("User names contain no spaces or control characters.", nameof(name));
        }
    }
}
