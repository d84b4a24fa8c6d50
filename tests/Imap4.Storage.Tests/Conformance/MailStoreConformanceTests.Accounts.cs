namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    [Fact]
    public async Task Account_new_has_only_an_empty_inbox()
    {
        var entry = Assert.Single(await ListAsync());
        Assert.True(entry.Name.IsInbox);
        Assert.True(entry.IsSelectable);
        Assert.NotNull(entry.MailboxId);
        var status = await (await InboxAsync()).GetStatusAsync();
        Assert.Equal(0, status.Messages);
        Assert.Equal(1u, status.UidNext);
        Assert.NotEqual(0u, status.UidValidity);
        Assert.Equal("alice", Account.User);
    }

    [Fact]
    public async Task Account_created_twice_is_already_exists() =>
        await ThrowsAsync(MailStoreError.AlreadyExists, () => Store.CreateAccountAsync("alice").AsTask());

    [Fact]
    public async Task Account_unknown_is_nonexistent() =>
        await ThrowsAsync(MailStoreError.NonExistent, () => Store.OpenAccountAsync("nobody").AsTask());

    [Fact]
    public async Task Account_list_is_ordinal()
    {
        await Store.CreateAccountAsync("bob");
        await Store.CreateAccountAsync("Zed");
        Assert.Equal(["Zed", "alice", "bob"], await Store.ListAccountsAsync().ToListAsync());
    }

    [Fact]
    public async Task Account_opened_twice_shares_data()
    {
        var other = await Store.OpenAccountAsync("alice");
        await other.CreateMailboxAsync(N("Shared"));
        Assert.NotNull(await EntryAsync("Shared"));
    }

    [Fact]
    public async Task Account_deleted_fails_open_and_existing_handles()
    {
        var inbox = await InboxAsync();
        await Store.DeleteAccountAsync("alice");
        await ThrowsAsync(MailStoreError.NonExistent, () => Store.OpenAccountAsync("alice").AsTask());
        await ThrowsAsync(MailStoreError.NonExistent, () => Account.CreateMailboxAsync(N("x")).AsTask());
        await ThrowsAsync(MailStoreError.NonExistent, () => inbox.GetStatusAsync().AsTask());
        await ThrowsAsync(MailStoreError.NonExistent, () => Store.DeleteAccountAsync("alice").AsTask());
        Assert.Empty(await Store.ListAccountsAsync().ToListAsync());
    }

    [Fact]
    public async Task Account_data_is_separate()
    {
        var bob = await Store.CreateAccountAsync("bob");
        await CreateAsync("OnlyAlice");
        Assert.DoesNotContain(await bob.ListMailboxesAsync().ToListAsync(), e => e.Name.Name == "OnlyAlice");
    }
}
