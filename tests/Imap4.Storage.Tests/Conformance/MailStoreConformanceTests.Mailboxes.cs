using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    [Fact]
    public async Task Create_lists_the_mailbox_with_its_id()
    {
        var box = await CreateAsync("Work");
        var entry = await EntryAsync("Work");
        Assert.NotNull(entry);
        Assert.Equal(box.MailboxId, entry.MailboxId);
        Assert.Equal(MailboxListAttributes.HasNoChildren, entry.Attributes);
        Assert.Equal("Work", box.Name.Name);
    }

    [Fact]
    public async Task Create_existing_is_already_exists()
    {
        await CreateAsync("Work");
        await ThrowsAsync(MailStoreError.AlreadyExists, () => CreateAsync("Work"));
        await ThrowsAsync(MailStoreError.AlreadyExists, () => CreateAsync("Work/"));
    }

    [Theory]
    [InlineData("INBOX")]
    [InlineData("inbox")]
    [InlineData("InBoX")]
    public async Task Create_inbox_in_any_case_is_already_exists(string name) =>
        await ThrowsAsync(MailStoreError.AlreadyExists, () => CreateAsync(name));

    [Fact]
    public async Task Create_makes_missing_superiors_selectable()
    {
        await CreateAsync("a/b/c");
        var list = await ListAsync();
        Assert.Equal(["INBOX", "a", "a/b", "a/b/c"], list.Select(e => e.Name.Name));
        Assert.All(list, e => Assert.True(e.IsSelectable));
        Assert.Equal(MailboxListAttributes.HasChildren, (await EntryAsync("a"))!.Attributes);
        Assert.Equal(MailboxListAttributes.HasNoChildren, (await EntryAsync("a/b/c"))!.Attributes);
        await Account.OpenMailboxAsync(N("a/b"));
    }

    [Fact]
    public async Task Create_with_trailing_delimiter_creates_the_name_without_it()
    {
        var box = await CreateAsync("Projects/");
        Assert.Equal("Projects", box.Name.Name);
        Assert.NotNull(await EntryAsync("Projects"));
    }

    [Theory]
    [InlineData("/a")]
    [InlineData("a//b")]
    [InlineData("a/%")]
    [InlineData("*")]
    [InlineData("/")]
    public async Task Create_invalid_name_is_cannot(string name) => await ThrowsAsync(MailStoreError.Cannot, () => CreateAsync(name));

    [Fact]
    public async Task Inbox_is_case_insensitive_also_as_a_superior()
    {
        var a = await Account.OpenMailboxAsync(N("inbox"));
        var b = await Account.OpenMailboxAsync(N("InBox"));
        Assert.Equal(a.MailboxId, b.MailboxId);
        var child = await CreateAsync("inbox/Sub");
        Assert.Equal("INBOX/Sub", child.Name.Name);
        Assert.Equal(child.MailboxId, (await Account.OpenMailboxAsync(N("INBOX/Sub"))).MailboxId);
        Assert.Equal(MailboxListAttributes.HasChildren, (await EntryAsync("INBOX"))!.Attributes);
    }

    [Fact]
    public async Task Other_names_are_case_sensitive()
    {
        var upper = await CreateAsync("Foo");
        var lower = await CreateAsync("foo");
        Assert.NotEqual(upper.MailboxId, lower.MailboxId);
        await ThrowsAsync(MailStoreError.NonExistent, () => Account.OpenMailboxAsync(N("FOO")).AsTask());
    }

    [Fact]
    public async Task Open_missing_is_nonexistent() =>
        await ThrowsAsync(MailStoreError.NonExistent, () => Account.OpenMailboxAsync(N("Nope")).AsTask());

    [Fact]
    public async Task Uidvalidity_is_new_and_larger_for_each_mailbox_and_recreation()
    {
        var first = await CreateAsync("Box");
        await AppendAsync(first);
        await Account.DeleteMailboxAsync(N("Box"));
        var second = await CreateAsync("Box");
        Assert.True(second.UidValidity > first.UidValidity);
        Assert.NotEqual(first.MailboxId, second.MailboxId);
        var inbox = await InboxAsync();
        Assert.NotEqual(inbox.UidValidity, first.UidValidity);
        Assert.Equal(0, (await second.GetStatusAsync()).Messages);
    }

    [Fact]
    public async Task Special_use_is_set_at_create_and_changed_later()
    {
        await CreateAsync("Sent", SpecialUse.Sent);
        await CreateAsync("Bin", SpecialUse.Trash | SpecialUse.Junk);
        Assert.Equal(SpecialUse.Sent, (await EntryAsync("Sent"))!.SpecialUse);
        Assert.Equal(SpecialUse.Trash | SpecialUse.Junk, (await EntryAsync("Bin"))!.SpecialUse);
        await Account.SetSpecialUseAsync(N("Sent"), SpecialUse.Archive);
        Assert.Equal(SpecialUse.Archive, (await EntryAsync("Sent"))!.SpecialUse);
        Assert.Equal(SpecialUse.Archive, (await (await Account.OpenMailboxAsync(N("Sent"))).GetStatusAsync()).SpecialUse);
        await ThrowsAsync(MailStoreError.NonExistent, () => Account.SetSpecialUseAsync(N("Nope"), SpecialUse.All).AsTask());
    }

    [Fact]
    public async Task Delete_removes_the_mailbox_and_invalidates_handles()
    {
        var box = await CreateAsync("Old");
        await AppendAsync(box);
        await Account.DeleteMailboxAsync(N("Old"));
        Assert.Null(await EntryAsync("Old"));
        await ThrowsAsync(MailStoreError.NonExistent, () => Account.OpenMailboxAsync(N("Old")).AsTask());
        await ThrowsAsync(MailStoreError.NonExistent, () => box.GetStatusAsync().AsTask());
        await ThrowsAsync(MailStoreError.NonExistent, () => AppendAsync(box));
        Assert.Equal(0, (await Account.GetQuotaAsync()).Messages);
    }

    [Theory]
    [InlineData("INBOX")]
    [InlineData("inbox")]
    public async Task Delete_inbox_is_cannot(string name) =>
        await ThrowsAsync(MailStoreError.Cannot, () => Account.DeleteMailboxAsync(N(name)).AsTask());

    [Fact]
    public async Task Delete_missing_is_nonexistent() =>
        await ThrowsAsync(MailStoreError.NonExistent, () => Account.DeleteMailboxAsync(N("Nope")).AsTask());

    [Fact]
    public async Task Delete_with_inferiors_leaves_a_noselect_name_without_messages()
    {
        var foo = await CreateAsync("foo");
        await AppendAsync(foo);
        await CreateAsync("foo/bar");
        await Account.DeleteMailboxAsync(N("foo"));
        var entry = await EntryAsync("foo");
        Assert.NotNull(entry);
        Assert.Equal(MailboxListAttributes.NoSelect | MailboxListAttributes.HasChildren, entry.Attributes);
        Assert.Null(entry.MailboxId);
        await ThrowsAsync(MailStoreError.NonExistent, () => Account.OpenMailboxAsync(N("foo")).AsTask());
        await ThrowsAsync(MailStoreError.NonExistent, () => foo.GetStatusAsync().AsTask());
        Assert.Equal(0, (await Account.GetQuotaAsync()).Messages);
        await Account.OpenMailboxAsync(N("foo/bar"));
    }

    [Fact]
    public async Task Delete_follows_the_rfc_9051_example()
    {
        await CreateAsync("blurdybloop");
        await CreateAsync("foo/bar");
        await Account.DeleteMailboxAsync(N("foo"));
        await Account.DeleteMailboxAsync(N("blurdybloop"));
        await ThrowsAsync(MailStoreError.HasChildren, () => Account.DeleteMailboxAsync(N("foo")).AsTask());
        await Account.DeleteMailboxAsync(N("foo/bar"));
        var foo = await EntryAsync("foo");
        Assert.Equal(MailboxListAttributes.NoSelect | MailboxListAttributes.HasNoChildren, foo!.Attributes);
        await Account.DeleteMailboxAsync(N("foo"));
        Assert.Equal(["INBOX"], (await ListAsync()).Select(e => e.Name.Name));
    }

    [Fact]
    public async Task Create_over_a_noselect_name_makes_it_selectable()
    {
        await CreateAsync("foo/bar");
        await Account.DeleteMailboxAsync(N("foo"));
        var foo = await CreateAsync("foo");
        Assert.True((await EntryAsync("foo"))!.IsSelectable);
        Assert.Equal(0, (await foo.GetStatusAsync()).Messages);
    }

    [Fact]
    public async Task Create_below_a_noselect_name_keeps_it_noselect()
    {
        await CreateAsync("foo/bar");
        await Account.DeleteMailboxAsync(N("foo"));
        await CreateAsync("foo/baz");
        Assert.False((await EntryAsync("foo"))!.IsSelectable);
    }

    [Fact]
    public async Task Subscriptions_are_kept_for_any_name()
    {
        await CreateAsync("Work");
        await Account.SubscribeAsync(N("Work"));
        await Account.SubscribeAsync(N("Work"));
        await Account.SubscribeAsync(N("Ghost"));
        await Account.SubscribeAsync(N("inbox"));
        Assert.Equal(["Ghost", "INBOX", "Work"], (await Account.ListSubscriptionsAsync().ToListAsync()).Select(n => n.Name));
        Assert.True((await EntryAsync("Work"))!.Attributes.HasFlag(MailboxListAttributes.Subscribed));
        await Account.UnsubscribeAsync(N("Work"));
        await Account.UnsubscribeAsync(N("NeverSubscribed"));
        Assert.Equal(["Ghost", "INBOX"], (await Account.ListSubscriptionsAsync().ToListAsync()).Select(n => n.Name));
        Assert.False((await EntryAsync("Work"))!.Attributes.HasFlag(MailboxListAttributes.Subscribed));
    }

    [Fact]
    public async Task Subscription_survives_delete_and_rename()
    {
        await CreateAsync("A");
        await CreateAsync("B");
        await Account.SubscribeAsync(N("A"));
        await Account.SubscribeAsync(N("B"));
        await Account.DeleteMailboxAsync(N("A"));
        await Account.RenameMailboxAsync(N("B"), N("C"));
        Assert.Equal(["A", "B"], (await Account.ListSubscriptionsAsync().ToListAsync()).Select(n => n.Name));
        Assert.False((await EntryAsync("C"))!.Attributes.HasFlag(MailboxListAttributes.Subscribed));
    }

    [Fact]
    public async Task Mailbox_name_keeps_unicode()
    {
        var box = await CreateAsync("Entwürfe/日本");
        Assert.Equal("Entwürfe/日本", box.Name.Name);
        Assert.NotNull(await EntryAsync("Entwürfe"));
    }
}
