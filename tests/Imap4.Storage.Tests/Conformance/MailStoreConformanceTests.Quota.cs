using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    [Fact]
    public async Task Quota_counts_bytes_and_messages_of_all_mailboxes()
    {
        var inbox = await InboxAsync();
        var other = await CreateAsync("Other");
        byte[] a = TestMessages.Simple(body: new string('a', 1500) + "\r\n");
        byte[] b = TestMessages.Simple(body: "short\r\n");
        await AppendAsync(inbox, a);
        await AppendAsync(other, b);
        var usage = await Account.GetQuotaAsync();
        Assert.Equal(a.Length + b.Length, usage.StorageBytes);
        Assert.Equal((a.Length + b.Length + 1023) / 1024, usage.StorageKiB);
        Assert.Equal(2, usage.Messages);
        Assert.Equal(QuotaLimits.Unlimited, usage.Limits);
    }

    [Fact]
    public async Task Quota_is_freed_by_expunge_and_taken_by_copy_but_not_move()
    {
        var inbox = await InboxAsync();
        await CreateAsync("Other");
        byte[] message = TestMessages.Simple();
        uint uid = await AppendAsync(inbox, message);
        await inbox.CopyAsync(new UidSet(uid), N("Other"));
        Assert.Equal(2 * message.Length, (await Account.GetQuotaAsync()).StorageBytes);
        await inbox.MoveAsync(new UidSet(uid), N("Other"));
        Assert.Equal(2, (await Account.GetQuotaAsync()).Messages);
        var other = await Account.OpenMailboxAsync(N("Other"));
        await other.StoreFlagsAsync(new UidSet(1), FlagOperation.Add, [Flag.Deleted]);
        await other.ExpungeAsync();
        var usage = await Account.GetQuotaAsync();
        Assert.Equal(1, usage.Messages);
        Assert.Equal(message.Length, usage.StorageBytes);
    }

    [Fact]
    public async Task Storage_over_quota_is_refused_and_adds_nothing()
    {
        var inbox = await InboxAsync();
        await Account.SetQuotaAsync(new QuotaLimits(StorageKiB: 2));
        Assert.Equal(2, (await Account.GetQuotaAsync()).Limits.StorageKiB);
        await AppendAsync(inbox, TestMessages.Simple(body: new string('x', 1000) + "\r\n"));
        await ThrowsAsync(MailStoreError.OverQuota, () => AppendAsync(inbox, TestMessages.Simple(body: new string('y', 1200) + "\r\n")));
        Assert.Equal(1, (await inbox.GetStatusAsync()).Messages);
        await AppendAsync(inbox, TestMessages.Simple(body: "small\r\n"));
        await ThrowsAsync(MailStoreError.OverQuota, () => inbox.CopyAsync(new UidSet(1), MailboxName.Inbox).AsTask());
    }

    [Fact]
    public async Task Message_count_over_quota_is_refused()
    {
        var inbox = await InboxAsync();
        await CreateAsync("Other");
        await Account.SetQuotaAsync(new QuotaLimits(Messages: 2));
        await AppendAsync(inbox);
        await AppendAsync(inbox);
        await ThrowsAsync(MailStoreError.OverQuota, () => AppendAsync(inbox));
        await ThrowsAsync(MailStoreError.OverQuota, () => inbox.CopyAsync(new UidSet(1), N("Other")).AsTask());
        await inbox.MoveAsync(new UidSet(1), N("Other")); // a move does not add
        Assert.Equal(2, (await Account.GetQuotaAsync()).Messages);
    }

    [Fact]
    public async Task Lowering_the_quota_keeps_existing_messages()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox);
        await AppendAsync(inbox);
        await Account.SetQuotaAsync(new QuotaLimits(Messages: 1));
        Assert.Equal(2, (await inbox.GetStatusAsync()).Messages);
        await ThrowsAsync(MailStoreError.OverQuota, () => AppendAsync(inbox));
        await Account.SetQuotaAsync(QuotaLimits.Unlimited);
        await AppendAsync(inbox);
    }
}
