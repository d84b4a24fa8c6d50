using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    private static readonly Flag Work = new("$Work");

    [Fact]
    public async Task Store_adds_removes_and_replaces_flags()
    {
        var inbox = await InboxAsync();
        uint uid = await AppendAsync(inbox, flags: [Flag.Seen]);
        var r = await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Add, [Flag.Flagged, Work]);
        var update = Assert.Single(r.Messages);
        Assert.True(update.Changed);
        Assert.Equal(3, update.Flags.Count);
        await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Remove, [Flag.Seen, new Flag("$work")]);
        Assert.Equal([Flag.Flagged], (await MessageAsync(inbox, uid)).Flags);
        await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Replace, [Flag.Answered, Flag.Draft, Flag.Recent]);
        var m = await MessageAsync(inbox, uid);
        Assert.Equal(2, m.Flags.Count);
        Assert.True(m.HasFlag(Flag.Answered) && m.HasFlag(Flag.Draft));
        await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Replace, []);
        Assert.Empty((await MessageAsync(inbox, uid)).Flags);
    }

    [Fact]
    public async Task Store_gives_changed_messages_one_new_modseq_and_leaves_others()
    {
        var inbox = await InboxAsync();
        uint a = await AppendAsync(inbox);
        uint b = await AppendAsync(inbox, flags: [Flag.Seen]);
        uint c = await AppendAsync(inbox);
        ulong before = (await inbox.GetStatusAsync()).HighestModSeq;
        ulong modSeqB = (await MessageAsync(inbox, b)).ModSeq;
        var r = await inbox.StoreFlagsAsync(new UidSet(a, c), FlagOperation.Add, [Flag.Seen]);
        Assert.Equal([a, b, c], r.Messages.Select(m => m.Uid));
        Assert.Equal([true, false, true], r.Messages.Select(m => m.Changed));
        Assert.True(r.HighestModSeq > before);
        Assert.Equal(r.HighestModSeq, r.Messages[0].ModSeq);
        Assert.Equal(r.HighestModSeq, r.Messages[2].ModSeq);
        Assert.Equal(modSeqB, (await MessageAsync(inbox, b)).ModSeq);
        Assert.Equal(r.HighestModSeq, (await inbox.GetStatusAsync()).HighestModSeq);
    }

    [Fact]
    public async Task Store_that_changes_nothing_keeps_highestmodseq()
    {
        var inbox = await InboxAsync();
        uint uid = await AppendAsync(inbox, flags: [Flag.Seen]);
        ulong before = (await inbox.GetStatusAsync()).HighestModSeq;
        var r = await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Add, [Flag.Seen]);
        Assert.False(Assert.Single(r.Messages).Changed);
        await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Remove, [Flag.Answered]);
        await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Replace, [new Flag("\\SEEN")]);
        Assert.Equal(before, (await inbox.GetStatusAsync()).HighestModSeq);
    }

    [Fact]
    public async Task Store_unchangedsince_refuses_messages_changed_later()
    {
        var inbox = await InboxAsync();
        uint a = await AppendAsync(inbox);
        uint b = await AppendAsync(inbox);
        ulong checkpoint = (await inbox.GetStatusAsync()).HighestModSeq;
        await inbox.StoreFlagsAsync(new UidSet(b), FlagOperation.Add, [Flag.Answered]);
        var r = await inbox.StoreFlagsAsync(new UidSet(a, b), FlagOperation.Add, [Flag.Seen], unchangedSince: checkpoint);
        Assert.Equal([b], r.Modified);
        Assert.Equal([a], r.Messages.Select(m => m.Uid));
        Assert.True((await MessageAsync(inbox, a)).HasFlag(Flag.Seen));
        Assert.False((await MessageAsync(inbox, b)).HasFlag(Flag.Seen));
        var zero = await inbox.StoreFlagsAsync(new UidSet(a), FlagOperation.Add, [Flag.Flagged], unchangedSince: 0);
        Assert.Equal([a], zero.Modified);
    }

    [Fact]
    public async Task Store_skips_absent_uids()
    {
        var inbox = await InboxAsync();
        uint uid = await AppendAsync(inbox);
        var r = await inbox.StoreFlagsAsync(UidSet.Parse("1:100"), FlagOperation.Add, [Flag.Seen]);
        Assert.Equal([uid], r.Messages.Select(m => m.Uid));
        Assert.Empty((await inbox.StoreFlagsAsync(new UidSet(50), FlagOperation.Add, [Flag.Seen])).Messages);
    }

    [Fact]
    public async Task Keywords_are_case_insensitive_and_listed()
    {
        var inbox = await InboxAsync();
        uint uid = await AppendAsync(inbox);
        await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Add, [new Flag("$Important"), new Flag("custom")]);
        await inbox.StoreFlagsAsync(new UidSet(uid), FlagOperation.Remove, [new Flag("$IMPORTANT")]);
        Assert.Equal(["custom"], (await MessageAsync(inbox, uid)).Flags.Select(f => f.Value));
        var keywords = (await inbox.GetStatusAsync()).Keywords;
        Assert.Contains(new Flag("CUSTOM"), keywords);
        Assert.DoesNotContain(Flag.Seen, keywords);
    }

    [Fact]
    public async Task Expunge_removes_only_deleted_messages()
    {
        var inbox = await InboxAsync();
        uint a = await AppendAsync(inbox, flags: [Flag.Deleted]);
        uint b = await AppendAsync(inbox);
        uint c = await AppendAsync(inbox, flags: [Flag.Deleted, Flag.Seen]);
        ulong before = (await inbox.GetStatusAsync()).HighestModSeq;
        Assert.Equal([a, c], await inbox.ExpungeAsync());
        Assert.Equal([b], (await MessagesAsync(inbox)).Select(m => m.Uid));
        var status = await inbox.GetStatusAsync();
        Assert.True(status.HighestModSeq > before);
        Assert.Equal(1, status.Messages);
    }

    [Fact]
    public async Task Uid_expunge_removes_deleted_messages_in_the_set_only()
    {
        var inbox = await InboxAsync();
        uint a = await AppendAsync(inbox, flags: [Flag.Deleted]);
        uint b = await AppendAsync(inbox, flags: [Flag.Deleted]);
        uint c = await AppendAsync(inbox);
        Assert.Equal([b], await inbox.ExpungeAsync(UidSet.FromValues([b, c])));
        Assert.Equal([a, c], (await MessagesAsync(inbox)).Select(m => m.Uid));
    }

    [Fact]
    public async Task Expunge_of_nothing_keeps_highestmodseq()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox);
        ulong before = (await inbox.GetStatusAsync()).HighestModSeq;
        Assert.Empty(await inbox.ExpungeAsync());
        Assert.Equal(before, (await inbox.GetStatusAsync()).HighestModSeq);
    }
}
