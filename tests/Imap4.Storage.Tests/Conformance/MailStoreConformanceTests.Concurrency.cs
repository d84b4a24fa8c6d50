using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    [Fact]
    public async Task Parallel_appends_get_unique_uids_that_increase_per_task()
    {
        const int Tasks = 8, PerTask = 25;
        var results = await Task.WhenAll(Enumerable.Range(0, Tasks).Select(t => Task.Run(async () =>
        {
            var box = await InboxAsync(); // each task is its own session
            var uids = new List<uint>();
            for (int i = 0; i < PerTask; i++) uids.Add(await AppendAsync(box, TestMessages.Simple($"t{t} m{i}")));
            return uids;
        })));
        foreach (var uids in results) Assert.True(uids.SequenceEqual(uids.Order()) && uids.Distinct().Count() == uids.Count);
        var all = results.SelectMany(u => u).ToList();
        Assert.Equal(Tasks * PerTask, all.Distinct().Count());
        var inbox = await InboxAsync();
        var status = await inbox.GetStatusAsync();
        Assert.Equal(Tasks * PerTask, status.Messages);
        Assert.True(status.UidNext > all.Max());
        var messages = await MessagesAsync(inbox);
        Assert.Equal(Tasks * PerTask, messages.Select(m => m.ModSeq).Distinct().Count());
        Assert.Equal(Tasks * PerTask, (await Account.GetQuotaAsync()).Messages);
    }

    [Fact]
    public async Task Flag_changes_racing_an_expunge_leave_a_consistent_mailbox()
    {
        var inbox = await InboxAsync();
        const int Count = 60;
        for (int i = 0; i < Count; i++) await AppendAsync(inbox, flags: i % 2 == 0 ? [Flag.Deleted] : null);
        ulong start = (await inbox.GetStatusAsync()).HighestModSeq;

        var storer = Task.Run(async () =>
        {
            var box = await InboxAsync();
            for (uint uid = 1; uid <= Count; uid++) await box.StoreFlagsAsync(new UidSet(uid), FlagOperation.Add, [Flag.Seen]);
        });
        var expunger = Task.Run(async () =>
        {
            var box = await InboxAsync();
            var gone = new List<uint>();
            for (int i = 0; i < 10; i++) gone.AddRange(await box.ExpungeAsync());
            return gone;
        });
        await storer;
        var expunged = await expunger;

        var remaining = await MessagesAsync(inbox);
        Assert.Equal(Count / 2, remaining.Count);
        Assert.All(remaining, m => Assert.True(m.Uid % 2 == 0 && m.HasFlag(Flag.Seen)));
        Assert.Equal(Enumerable.Range(0, Count / 2).Select(i => (uint)(2 * i + 1)), expunged.Order());
        var changes = await inbox.GetChangesSinceAsync(start);
        Assert.Equal(expunged.Order(), changes.Vanished);
        Assert.Equal(remaining.Select(m => m.Uid), changes.Changed.Select(m => m.Uid));
        await ThrowsAsync(MailStoreError.ExpungeIssued, () => inbox.OpenContentAsync(1).AsTask());
    }

    [Fact]
    public async Task Parallel_moves_between_mailboxes_lose_and_duplicate_nothing()
    {
        var inbox = await InboxAsync();
        var other = await CreateAsync("Other");
        for (int i = 0; i < 40; i++) await AppendAsync(inbox, TestMessages.Simple($"m{i}"));
        var emailIds = (await MessagesAsync(inbox)).Select(m => m.EmailId).ToHashSet();
        async Task Shuffle(IMailbox from, string to)
        {
            for (int i = 0; i < 20; i++)
            {
                var first = (await MessagesAsync(from)).FirstOrDefault();
                if (first is not null) await from.MoveAsync(new UidSet(first.Uid), N(to));
            }
        }
        await Task.WhenAll(Task.Run(() => Shuffle(inbox, "Other")), Task.Run(() => Shuffle(other, "INBOX")));
        var all = (await MessagesAsync(inbox)).Concat(await MessagesAsync(other)).Select(m => m.EmailId).ToList();
        Assert.Equal(40, all.Count);
        Assert.True(emailIds.SetEquals(all));
        Assert.Equal(40, (await Account.GetQuotaAsync()).Messages);
    }
}
