using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    [Fact]
    public async Task Rename_keeps_id_uidvalidity_and_messages()
    {
        var box = await CreateAsync("Old");
        uint uid = await AppendAsync(box, flags: [Flag.Seen]);
        await Account.RenameMailboxAsync(N("Old"), N("New"));
        Assert.Null(await EntryAsync("Old"));
        var renamed = await Account.OpenMailboxAsync(N("New"));
        Assert.Equal(box.MailboxId, renamed.MailboxId);
        Assert.Equal(box.UidValidity, renamed.UidValidity);
        var m = await MessageAsync(renamed, uid);
        Assert.True(m.HasFlag(Flag.Seen));
        Assert.Equal("New", (await box.GetStatusAsync()).Name.Name); // the old handle follows the mailbox
        await AppendAsync(box);
        Assert.Equal(2, (await renamed.GetStatusAsync()).Messages);
    }

    [Fact]
    public async Task Rename_moves_inferiors_including_noselect_names()
    {
        await CreateAsync("blurdybloop");
        await CreateAsync("foo/bar");
        await CreateAsync("foo/bar/deep");
        await CreateAsync("foobar");
        await Account.DeleteMailboxAsync(N("foo"));
        await Account.RenameMailboxAsync(N("blurdybloop"), N("sarasoop"));
        await Account.RenameMailboxAsync(N("foo"), N("zowie"));
        var list = await ListAsync();
        Assert.Equal(["INBOX", "foobar", "sarasoop", "zowie", "zowie/bar", "zowie/bar/deep"], list.Select(e => e.Name.Name));
        Assert.False((await EntryAsync("zowie"))!.IsSelectable);
        await Account.OpenMailboxAsync(N("zowie/bar/deep"));
    }

    [Fact]
    public async Task Rename_creates_missing_superiors()
    {
        await CreateAsync("foo/bar/zap");
        await Account.RenameMailboxAsync(N("foo/bar/zap"), N("baz/rag/zowie"));
        Assert.True((await EntryAsync("baz"))!.IsSelectable);
        Assert.True((await EntryAsync("baz/rag"))!.IsSelectable);
        Assert.NotNull(await EntryAsync("foo/bar"));
        Assert.Equal(MailboxListAttributes.HasNoChildren, (await EntryAsync("foo/bar"))!.Attributes);
    }

    [Fact]
    public async Task Rename_to_an_existing_name_is_already_exists()
    {
        await CreateAsync("A");
        await CreateAsync("B");
        await ThrowsAsync(MailStoreError.AlreadyExists, () => Account.RenameMailboxAsync(N("A"), N("B")).AsTask());
        await ThrowsAsync(MailStoreError.AlreadyExists, () => Account.RenameMailboxAsync(N("A"), N("A")).AsTask());
        await ThrowsAsync(MailStoreError.AlreadyExists, () => Account.RenameMailboxAsync(N("A"), N("inbox")).AsTask());
    }

    [Fact]
    public async Task Rename_missing_is_nonexistent() =>
        await ThrowsAsync(MailStoreError.NonExistent, () => Account.RenameMailboxAsync(N("Nope"), N("B")).AsTask());

    [Fact]
    public async Task Rename_into_its_own_inferior_is_cannot()
    {
        await CreateAsync("A");
        await ThrowsAsync(MailStoreError.Cannot, () => Account.RenameMailboxAsync(N("A"), N("A/B")).AsTask());
        Assert.NotNull(await EntryAsync("A"));
    }

    [Fact]
    public async Task Rename_inbox_moves_messages_and_leaves_inbox_empty_with_its_inferiors()
    {
        var inbox = await InboxAsync();
        await CreateAsync("INBOX/bar");
        uint u1 = await AppendAsync(inbox, TestMessages.Simple("one"), [Flag.Flagged]);
        uint u2 = await AppendAsync(inbox, TestMessages.Simple("two"));
        var before = await inbox.GetStatusAsync();
        await Account.RenameMailboxAsync(N("INBOX"), N("old-mail"));
        Assert.Equal(["INBOX", "INBOX/bar", "old-mail"], (await ListAsync()).Select(e => e.Name.Name));

        var after = await inbox.GetStatusAsync();
        Assert.Equal(0, after.Messages);
        Assert.Equal(before.UidValidity, after.UidValidity);
        Assert.Equal(before.UidNext, after.UidNext);
        Assert.True(after.HighestModSeq > before.HighestModSeq);
        Assert.Equal([u1, u2], (await inbox.GetChangesSinceAsync(before.HighestModSeq)).Vanished);
        Assert.True(await AppendAsync(inbox) > u2); // UIDs are not reused

        var old = await Account.OpenMailboxAsync(N("old-mail"));
        Assert.NotEqual(inbox.MailboxId, old.MailboxId);
        Assert.NotEqual(inbox.UidValidity, old.UidValidity);
        var moved = await MessagesAsync(old);
        Assert.Equal(2, moved.Count);
        Assert.True(moved[0].HasFlag(Flag.Flagged));
        Assert.Equal(TestMessages.Simple("two"), await ReadAllAsync(await old.OpenContentAsync(moved[1].Uid)));
        Assert.Equal(2, (await Account.GetQuotaAsync()).Messages - 1);
    }

    [Fact]
    public async Task Rename_inbox_to_an_existing_name_is_already_exists()
    {
        await CreateAsync("Taken");
        await ThrowsAsync(MailStoreError.AlreadyExists, () => Account.RenameMailboxAsync(N("inbox"), N("Taken")).AsTask());
    }
}
