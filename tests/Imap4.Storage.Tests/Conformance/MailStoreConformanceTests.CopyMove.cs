using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    [Fact]
    public async Task Copy_maps_uids_and_keeps_flags_dates_and_content()
    {
        var inbox = await InboxAsync();
        var archive = await CreateAsync("Archive");
        await AppendAsync(archive);
        uint a = await AppendAsync(inbox, TestMessages.Simple("a"), [Flag.Seen, Work], SomeDate);
        uint b = await AppendAsync(inbox, TestMessages.Simple("b"));
        ulong sourceModSeq = (await inbox.GetStatusAsync()).HighestModSeq;
        ulong destModSeq = (await archive.GetStatusAsync()).HighestModSeq;

        CopyResult r = await inbox.CopyAsync(UidSet.FromValues([a, b, 99]), N("Archive"));
        Assert.Equal(archive.UidValidity, r.DestinationUidValidity);
        Assert.Equal([(a, 2u), (b, 3u)], r.Mapping);
        Assert.Equal("1:2", r.SourceUids!.ToString());
        Assert.Equal("2:3", r.DestinationUids!.ToString());

        var copied = await MessageAsync(archive, 2);
        Assert.True(copied.HasFlag(Flag.Seen) && copied.HasFlag(Work));
        Assert.Equal(SomeDate, copied.InternalDate);
        Assert.True(copied.ModSeq > destModSeq);
        Assert.Equal(TestMessages.Simple("a"), await ReadAllAsync(await archive.OpenContentAsync(2)));
        Assert.Equal(2, (await inbox.GetStatusAsync()).Messages);
        Assert.Equal(sourceModSeq, (await inbox.GetStatusAsync()).HighestModSeq);
        Assert.Contains(Work, (await archive.GetStatusAsync()).Keywords);
    }

    [Fact]
    public async Task Copy_to_a_missing_or_noselect_mailbox_is_trycreate()
    {
        var inbox = await InboxAsync();
        uint uid = await AppendAsync(inbox);
        await ThrowsAsync(MailStoreError.TryCreate, () => inbox.CopyAsync(new UidSet(uid), N("Nope")).AsTask());
        await ThrowsAsync(MailStoreError.TryCreate, () => inbox.MoveAsync(new UidSet(uid), N("Nope")).AsTask());
        await CreateAsync("p/c");
        await Account.DeleteMailboxAsync(N("p"));
        await ThrowsAsync(MailStoreError.TryCreate, () => inbox.CopyAsync(new UidSet(uid), N("p")).AsTask());
    }

    [Fact]
    public async Task Copy_into_the_same_mailbox_adds_new_uids()
    {
        var inbox = await InboxAsync();
        uint uid = await AppendAsync(inbox, flags: [Flag.Flagged]);
        CopyResult r = await inbox.CopyAsync(new UidSet(uid), MailboxName.Inbox);
        Assert.Equal([(uid, uid + 1)], r.Mapping);
        Assert.True((await MessageAsync(inbox, uid + 1)).HasFlag(Flag.Flagged));
        Assert.Equal(2, (await inbox.GetStatusAsync()).Messages);
    }

    [Fact]
    public async Task Copy_of_absent_uids_copies_nothing()
    {
        var inbox = await InboxAsync();
        var other = await CreateAsync("Other");
        ulong before = (await other.GetStatusAsync()).HighestModSeq;
        CopyResult r = await inbox.CopyAsync(new UidSet(1, 10), N("Other"));
        Assert.Empty(r.Mapping);
        Assert.Null(r.SourceUids);
        Assert.Equal(before, (await other.GetStatusAsync()).HighestModSeq);
    }

    [Fact]
    public async Task Move_transfers_messages_and_reports_them_vanished_at_the_source()
    {
        var inbox = await InboxAsync();
        var trash = await CreateAsync("Trash", SpecialUse.Trash);
        uint a = await AppendAsync(inbox, flags: [Flag.Seen]);
        uint b = await AppendAsync(inbox);
        uint c = await AppendAsync(inbox);
        ulong before = (await inbox.GetStatusAsync()).HighestModSeq;
        var emailId = (await MessageAsync(inbox, a)).EmailId;

        CopyResult r = await inbox.MoveAsync(UidSet.FromValues([a, c]), N("Trash"));
        Assert.Equal([(a, 1u), (c, 2u)], r.Mapping);
        Assert.Equal([b], (await MessagesAsync(inbox)).Select(m => m.Uid));
        var changes = await inbox.GetChangesSinceAsync(before);
        Assert.Equal([a, c], changes.Vanished);
        var moved = await MessageAsync(trash, 1);
        Assert.True(moved.HasFlag(Flag.Seen));
        Assert.Equal(emailId, moved.EmailId);
        Assert.Equal(3, (await Account.GetQuotaAsync()).Messages);
    }

    [Fact]
    public async Task Move_to_the_same_mailbox_is_cannot()
    {
        var inbox = await InboxAsync();
        uint uid = await AppendAsync(inbox);
        await ThrowsAsync(MailStoreError.Cannot, () => inbox.MoveAsync(new UidSet(uid), N("inbox")).AsTask());
        Assert.Equal(1, (await inbox.GetStatusAsync()).Messages);
    }
}
