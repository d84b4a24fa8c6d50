using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Storage.Search;

namespace Imap4.Storage.Tests.Conformance;

/// <summary>
/// The rules every <see cref="IMailStore"/> follows. A store's test class inherits this and implements
/// <see cref="CreateStoreAsync"/>; each test gets a fresh store with the account <c>alice</c>.
/// </summary>
public abstract partial class MailStoreConformanceTests : IAsyncLifetime
{
    /// <summary>Creates an empty store for one test.</summary>
    protected abstract Task<IMailStore> CreateStoreAsync();

    protected IMailStore Store { get; private set; } = null!;

    protected IMailAccount Account { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        Account = await Store.CreateAccountAsync("alice");
    }

    public virtual async Task DisposeAsync()
    {
        if (Store is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
        else (Store as IDisposable)?.Dispose();
    }

    protected static MailboxName N(string name) => new(name);

    protected Task<IMailbox> InboxAsync() => Account.OpenMailboxAsync(MailboxName.Inbox).AsTask();

    protected Task<IMailbox> CreateAsync(string name, SpecialUse use = SpecialUse.None) => Account.CreateMailboxAsync(N(name), use).AsTask();

    protected static async Task<uint> AppendAsync(IMailbox box, byte[]? message = null, IReadOnlyCollection<Flag>? flags = null, DateTimeOffset? date = null)
    {
        AppendResult r = await box.AppendAsync(new MemoryStream(message ?? TestMessages.Simple()), flags, date);
        return Assert.Single(r.Uids);
    }

    protected static async Task<List<MessageInfo>> MessagesAsync(IMailbox box, UidSet? uids = null) =>
        await box.GetMessagesAsync(uids).ToListAsync();

    protected static async Task<MessageInfo> MessageAsync(IMailbox box, uint uid) =>
        Assert.Single(await box.GetMessagesAsync(new UidSet(uid)).ToListAsync());

    protected static async Task<List<uint>> SearchAsync(IMailbox box, SearchKey key, SearchContext? context = null) =>
        await box.SearchAsync(key, context).ToListAsync();

    protected async Task<List<MailboxListEntry>> ListAsync() => await Account.ListMailboxesAsync().ToListAsync();

    protected async Task<MailboxListEntry?> EntryAsync(string name) =>
        (await ListAsync()).SingleOrDefault(e => e.Name.Name == name);

    protected static async Task<MailStoreException> ThrowsAsync(MailStoreError error, Func<Task> action)
    {
        var e = await Assert.ThrowsAsync<MailStoreException>(action);
        Assert.Equal(error, e.Error);
        return e;
    }

    protected static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        await using (stream)
        {
            using var ms = new MemoryStream();
            await stream.CopyToAsync(ms);
            return ms.ToArray();
        }
    }
}
