namespace Imap4.Storage.InMemory;

/// <summary>
/// The reference store: everything in memory, thread-safe (one lock per account, never held while waiting or calling
/// user code). Content is kept as byte arrays but only ever exposed as streams.
/// </summary>
public sealed class InMemoryMailStore : IMailStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AccountState> _accounts = new(StringComparer.Ordinal);

    /// <summary>Creates an empty store.</summary>
    /// <param name="options">Settings, or null for the defaults.</param>
    public InMemoryMailStore(InMemoryMailStoreOptions? options = null) => Options = options ?? InMemoryMailStoreOptions.Default;

    /// <summary>The settings.</summary>
    public InMemoryMailStoreOptions Options { get; }

    /// <inheritdoc/>
    public ValueTask<IMailAccount> CreateAccountAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_accounts.ContainsKey(user)) throw new MailStoreException(MailStoreError.AlreadyExists, $"The account {user} already exists.");
            return new(new InMemoryMailAccount(this, _accounts[user] = NewAccount(user)));
        }
    }

    /// <inheritdoc/>
    public ValueTask<IMailAccount> OpenAccountAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_accounts.TryGetValue(user, out AccountState? state))
            {
                if (!Options.CreateAccountsOnOpen) throw new MailStoreException(MailStoreError.NonExistent, $"There is no account {user}.");
                _accounts[user] = state = NewAccount(user);
            }
            return new(new InMemoryMailAccount(this, state));
        }
    }

    /// <inheritdoc/>
    public ValueTask DeleteAccountAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        cancellationToken.ThrowIfCancellationRequested();
        AccountState? state;
        lock (_gate)
        {
            if (!_accounts.Remove(user, out state)) throw new MailStoreException(MailStoreError.NonExistent, $"There is no account {user}.");
        }
        lock (state.Gate)
        {
            state.Deleted = true;
            foreach (MailboxState box in state.Mailboxes.Values)
            {
                box.Deleted = true;
                box.Notifier.Complete();
            }
        }
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<string> ListAccountsAsync(CancellationToken cancellationToken = default) => AsyncSequence.Of(() =>
    {
        lock (_gate) return _accounts.Keys.Order(StringComparer.Ordinal).ToArray();
    }, cancellationToken);

    private AccountState NewAccount(string user)
    {
        long seconds = Options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        uint seed = (uint)Math.Clamp(seconds, 0, uint.MaxValue / 2);
        return new AccountState(user, Options.DefaultQuota, seed);
    }
}
