using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    private static readonly TimeSpan WakeLimit = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Changes_since_zero_hold_every_message()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox);
        await AppendAsync(inbox);
        var changes = await inbox.GetChangesSinceAsync(0);
        Assert.Equal([1u, 2u], changes.Changed.Select(m => m.Uid));
        Assert.Empty(changes.Vanished);
        Assert.Equal((await inbox.GetStatusAsync()).HighestModSeq, changes.HighestModSeq);
    }

    [Fact]
    public async Task Changes_since_a_modseq_hold_appends_flag_changes_and_expunges()
    {
        var inbox = await InboxAsync();
        uint a = await AppendAsync(inbox);
        uint b = await AppendAsync(inbox);
        uint c = await AppendAsync(inbox);
        ulong checkpoint = (await inbox.GetStatusAsync()).HighestModSeq;
        Assert.Empty((await inbox.GetChangesSinceAsync(checkpoint)).Changed);

        await inbox.StoreFlagsAsync(new UidSet(a), FlagOperation.Add, [Flag.Seen]);
        await inbox.StoreFlagsAsync(new UidSet(b), FlagOperation.Add, [Flag.Deleted]);
        await inbox.ExpungeAsync();
        uint d = await AppendAsync(inbox);
        var changes = await inbox.GetChangesSinceAsync(checkpoint);
        Assert.Equal([a, d], changes.Changed.Select(m => m.Uid));
        Assert.True(changes.Changed[0].HasFlag(Flag.Seen));
        Assert.Equal([b], changes.Vanished);
        Assert.DoesNotContain(c, changes.Changed.Select(m => m.Uid));
        Assert.All(changes.Changed, m => Assert.True(m.ModSeq > checkpoint));

        var later = await inbox.GetChangesSinceAsync(changes.HighestModSeq);
        Assert.Empty(later.Changed);
        Assert.Empty(later.Vanished);
    }

    [Fact]
    public async Task Modseq_and_uidnext_only_grow()
    {
        var inbox = await InboxAsync();
        var other = await CreateAsync("Other");
        var seen = new List<(ulong ModSeq, uint UidNext)>();
        async Task Record()
        {
            var s = await inbox.GetStatusAsync();
            seen.Add((s.HighestModSeq, s.UidNext));
        }
        await Record();
        uint uid = await AppendAsync(inbox);
        await Record();
        await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Add, [Flag.Deleted]);
        await Record();
        await inbox.CopyAsync(new UidSet(uid), N("Other"));
        await Record();
        await inbox.ExpungeAsync();
        await Record();
        await other.MoveAsync(new UidSet(1), MailboxName.Inbox);
        await Record();
        for (int i = 1; i < seen.Count; i++)
        {
            Assert.True(seen[i].ModSeq >= seen[i - 1].ModSeq);
            Assert.True(seen[i].UidNext >= seen[i - 1].UidNext);
        }
        Assert.True(seen[^1].ModSeq > seen[0].ModSeq);
        Assert.Equal(seen[3].ModSeq, seen[2].ModSeq); // copying out does not change the source
    }

    [Fact]
    public async Task Watch_yields_the_current_modseq_then_wakes_on_another_sessions_append()
    {
        var sessionA = await InboxAsync();
        var sessionB = await InboxAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var watch = sessionB.WatchAsync(cts.Token).GetAsyncEnumerator();
        Assert.True(await watch.MoveNextAsync());
        ulong start = watch.Current;
        Assert.Equal((await sessionB.GetStatusAsync()).HighestModSeq, start);

        var next = watch.MoveNextAsync().AsTask();
        await AppendAsync(sessionA);
        Assert.Same(next, await Task.WhenAny(next, Task.Delay(WakeLimit)));
        Assert.True(await next);
        Assert.True(watch.Current > start);
        Assert.Single((await sessionB.GetChangesSinceAsync(start)).Changed);
    }

    [Fact]
    public async Task Watch_wakes_on_flag_changes_and_expunges()
    {
        var inbox = await InboxAsync();
        uint uid = await AppendAsync(inbox);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var watch = inbox.WatchAsync(cts.Token).GetAsyncEnumerator();
        Assert.True(await watch.MoveNextAsync());
        ulong last = watch.Current;
        foreach (Func<Task> change in new Func<Task>[]
        {
            () => inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Add, [Flag.Deleted]).AsTask(),
            () => inbox.ExpungeAsync().AsTask(),
        })
        {
            var next = watch.MoveNextAsync().AsTask();
            await change();
            Assert.Same(next, await Task.WhenAny(next, Task.Delay(WakeLimit)));
            Assert.True(watch.Current > last);
            last = watch.Current;
        }
    }

    [Fact]
    public async Task Watch_ends_when_the_mailbox_is_deleted()
    {
        var box = await CreateAsync("Doomed");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var watch = box.WatchAsync(cts.Token).GetAsyncEnumerator();
        Assert.True(await watch.MoveNextAsync());
        var next = watch.MoveNextAsync().AsTask();
        await Account.DeleteMailboxAsync(N("Doomed"));
        Assert.Same(next, await Task.WhenAny(next, Task.Delay(WakeLimit)));
        Assert.False(await next);
    }

    [Fact]
    public async Task Watch_stops_when_cancelled()
    {
        var inbox = await InboxAsync();
        using var cts = new CancellationTokenSource();
        await using var watch = inbox.WatchAsync(cts.Token).GetAsyncEnumerator();
        Assert.True(await watch.MoveNextAsync());
        var next = watch.MoveNextAsync().AsTask();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
    }
}
