using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Storage.Sqlite.Database;
using Imap4.Storage.Tests.Conformance;

namespace Imap4.Storage.Sqlite.Tests;

public sealed class DurabilityTests
{
    [Fact]
    public async Task Counters_and_uids_never_go_backwards_across_restarts()
    {
        using var directory = new TempDirectory();
        uint validity, lastUid;
        ulong modSeq;
        await using (SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path))
        {
            IMailAccount account = await store.CreateAccountAsync("a");
            IMailbox box = await account.CreateMailboxAsync(new MailboxName("Box"));
            validity = box.UidValidity;
            await box.AppendAsync(new MemoryStream(TestMessages.Simple("one")), [Flag.Deleted]);
            lastUid = (await box.AppendAsync(new MemoryStream(TestMessages.Simple("two")), [Flag.Deleted])).Uids[0];
            await box.ExpungeAsync();
            modSeq = (await box.GetStatusAsync()).HighestModSeq;
            await account.DeleteMailboxAsync(new MailboxName("Box"));
            await store.DeleteAccountAsync("a");
        }
        await using (SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path))
        {
            IMailAccount account = await store.CreateAccountAsync("a");
            IMailbox box = await account.CreateMailboxAsync(new MailboxName("Box"));
            Assert.True(box.UidValidity > validity); // a recreated name never repeats a UIDVALIDITY, even after restart
            IMailbox inbox = await account.OpenMailboxAsync(MailboxName.Inbox);
            Assert.True(inbox.UidValidity > validity);
        }
        await using (SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path))
        {
            IMailAccount account = await store.CreateAccountAsync("b");
            IMailbox box = await account.CreateMailboxAsync(new MailboxName("Keep"));
            await box.AppendAsync(new MemoryStream(TestMessages.Simple("x")), [Flag.Deleted]);
            lastUid = (await box.AppendAsync(new MemoryStream(TestMessages.Simple("y")), [Flag.Deleted])).Uids[0];
            await box.ExpungeAsync();
            modSeq = (await box.GetStatusAsync()).HighestModSeq;
        }
        await using (SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path))
        {
            IMailbox box = await (await store.OpenAccountAsync("b")).OpenMailboxAsync(new MailboxName("Keep"));
            MailboxStatus status = await box.GetStatusAsync();
            Assert.Equal(lastUid + 1, status.UidNext);
            Assert.Equal(modSeq, status.HighestModSeq);
            Assert.Equal(lastUid + 1, (await box.AppendAsync(new MemoryStream(TestMessages.Simple("z")))).Uids[0]);
            Assert.Equal([1u, 2u], (await box.GetChangesSinceAsync(0)).Vanished);
        }
    }

    [Fact]
    public async Task A_large_message_is_spooled_streamed_and_searched_without_its_body_indexed()
    {
        using var directory = new TempDirectory();
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path);
        IMailbox inbox = await (await store.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        byte[] big = TestMessages.Simple("Big one", body: string.Concat(Enumerable.Repeat("0123456789abcdef ", 200_000)) + "needle at the end\r\n");
        Assert.True(big.Length > store.Options.MaxIndexedMessageSize && big.Length > store.Options.MemorySpoolLimit);
        uint uid = (await inbox.AppendAsync(new MemoryStream(big))).Uids[0];

        await using (Stream content = await inbox.OpenContentAsync(uid))
        {
            Assert.Equal(big.Length, content.Length);
            content.Position = big.Length - 19;
            byte[] tail = new byte[19];
            await content.ReadExactlyAsync(tail);
            Assert.Equal(big.AsSpan(big.Length - 19).ToArray(), tail);
            content.Position = 0;
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            Assert.Equal(big, copy.ToArray());
        }
        Assert.Equal([uid], await inbox.SearchAsync(new TextSearchKey(TextSearchField.Body, "NEEDLE AT THE END")).ToListAsync());
        Assert.Equal([uid], await inbox.SearchAsync(new TextSearchKey(TextSearchField.Subject, "big one")).ToListAsync());
        await using var reader = await store.Database.OpenReaderAsync(default);
        Assert.Equal(0, await reader.LongAsync(null, "SELECT fts_full FROM content", default));
    }

    [Fact]
    public async Task Content_stays_readable_while_another_session_expunges_it()
    {
        using var directory = new TempDirectory();
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path);
        IMailbox inbox = await (await store.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        byte[] message = TestMessages.Simple(body: new string('q', 100_000) + "\r\n");
        uint uid = (await inbox.AppendAsync(new MemoryStream(message), [Flag.Deleted])).Uids[0];
        await using Stream content = await inbox.OpenContentAsync(uid);
        byte[] head = new byte[10];
        await content.ReadExactlyAsync(head);
        Assert.Equal([uid], await inbox.ExpungeAsync());
        using var rest = new MemoryStream();
        await content.CopyToAsync(rest);
        Assert.Equal(message.AsSpan(10).ToArray(), rest.ToArray());
        await using var reader = await store.Database.OpenReaderAsync(default);
        Assert.Equal(0, await reader.LongAsync(null, "SELECT count(*) FROM content_data", default)); // the expunge freed the bytes
    }

    [Fact]
    public async Task Reads_proceed_while_a_write_holds_the_lock()
    {
        using var directory = new TempDirectory();
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path);
        IMailbox inbox = await (await store.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        await inbox.AppendAsync(new MemoryStream(TestMessages.Simple()));
        var inWrite = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        Task writer = store.Database.WriteAsync(async (c, t, ct) =>
        {
            await c.ExecuteAsync(t, "UPDATE mailbox SET special_use = 1", ct);
            inWrite.SetResult();
            await release.Task;
            return 0;
        }, default).AsTask();
        await inWrite.Task;
        MailboxStatus status = await inbox.GetStatusAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)); // not blocked by the writer
        Assert.Equal(SpecialUse.None, status.SpecialUse); // and it sees the last commit, not the open transaction
        Task<StoreFlagsResult> queued = inbox.StoreFlagsAsync(new UidSet(1), FlagOperation.Add, [Flag.Seen]).AsTask();
        await Task.Delay(100);
        Assert.False(queued.IsCompleted); // writes wait for the lock
        release.SetResult();
        await writer;
        Assert.True((await queued).Messages[0].Changed);
        Assert.Equal(SpecialUse.All, (await inbox.GetStatusAsync()).SpecialUse);
    }
}
