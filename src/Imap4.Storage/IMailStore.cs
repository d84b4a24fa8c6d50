namespace Imap4.Storage;

/// <summary>
/// A mail store: accounts, each with mailboxes and messages. Implementations are thread-safe; every operation is
/// atomic, and may be durable and transactional. Errors a client should hear are <see cref="MailStoreException"/>.
/// </summary>
public interface IMailStore
{
    /// <summary>Creates an account with an empty INBOX.</summary>
    /// <param name="user">The user name (compared ordinally).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.AlreadyExists"/>.</exception>
    ValueTask<IMailAccount> CreateAccountAsync(string user, CancellationToken cancellationToken = default);

    /// <summary>Opens an account.</summary>
    /// <param name="user">The user name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.NonExistent"/>.</exception>
    ValueTask<IMailAccount> OpenAccountAsync(string user, CancellationToken cancellationToken = default);

    /// <summary>Deletes an account and everything in it. Open handles then fail with NONEXISTENT.</summary>
    /// <param name="user">The user name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.NonExistent"/>.</exception>
    ValueTask DeleteAccountAsync(string user, CancellationToken cancellationToken = default);

    /// <summary>The user names of all accounts, in ordinal order.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    IAsyncEnumerable<string> ListAccountsAsync(CancellationToken cancellationToken = default);
}
