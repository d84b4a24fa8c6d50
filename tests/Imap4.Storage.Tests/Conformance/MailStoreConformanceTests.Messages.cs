using Imap4.Mime.Imap;
using Imap4.Mime.Parsing;
using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    private static readonly DateTimeOffset SomeDate = new(2021, 5, 17, 23, 30, 0, TimeSpan.FromHours(-7));

    [Fact]
    public async Task Append_assigns_increasing_uids_from_one()
    {
        var inbox = await InboxAsync();
        AppendResult r = await inbox.AppendAsync(new MemoryStream(TestMessages.Simple()));
        Assert.Equal(inbox.UidValidity, r.UidValidity);
        Assert.Equal([1u], r.Uids);
        Assert.Equal(2u, await AppendAsync(inbox));
        Assert.Equal(3u, await AppendAsync(inbox));
        var status = await inbox.GetStatusAsync();
        Assert.Equal(4u, status.UidNext);
        Assert.Equal(3, status.Messages);
    }

    [Fact]
    public async Task Append_stores_content_byte_for_byte_as_a_seekable_stream()
    {
        var inbox = await InboxAsync();
        byte[] message = TestMessages.Multipart();
        uint uid = await AppendAsync(inbox, message);
        await using Stream content = await inbox.OpenContentAsync(uid);
        Assert.True(content.CanRead);
        Assert.True(content.CanSeek);
        content.Position = 10;
        content.Position = 0;
        Assert.Equal(message, await ReadAllAsync(content));
    }

    [Fact]
    public async Task Append_reads_a_non_seekable_trickling_stream()
    {
        var inbox = await InboxAsync();
        byte[] message = TestMessages.Simple(body: new string('x', 200_000) + "\r\n");
        AppendResult r = await inbox.AppendAsync(new TrickleStream(message, 7));
        Assert.Equal(message, await ReadAllAsync(await inbox.OpenContentAsync(r.Uids[0])));
    }

    [Fact]
    public async Task Append_keeps_flags_and_internal_date_and_drops_recent()
    {
        var inbox = await InboxAsync();
        uint uid = await AppendAsync(inbox, flags: [Flag.Seen, new Flag("$Work"), Flag.Recent, new Flag("\\seen"), new Flag("$work")], date: SomeDate);
        var m = await MessageAsync(inbox, uid);
        Assert.Equal(2, m.Flags.Count);
        Assert.True(m.HasFlag(Flag.Seen));
        Assert.True(m.HasFlag(new Flag("$WORK")));
        Assert.False(m.HasFlag(Flag.Recent));
        Assert.Equal(SomeDate, m.InternalDate);
        Assert.Equal(SomeDate.Offset, m.InternalDate.Offset);
    }

    [Fact]
    public async Task Append_without_date_uses_now_for_internal_and_save_date()
    {
        var inbox = await InboxAsync();
        DateTimeOffset before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var m = await MessageAsync(inbox, await AppendAsync(inbox, date: null));
        DateTimeOffset after = DateTimeOffset.UtcNow.AddSeconds(5);
        Assert.InRange(m.InternalDate, before, after);
        Assert.InRange(m.SaveDate, before, after);
    }

    [Fact]
    public async Task Append_caches_envelope_and_bodystructure_as_the_parser_computes_them()
    {
        var inbox = await InboxAsync();
        byte[] message = TestMessages.Multipart();
        var m = await MessageAsync(inbox, await AppendAsync(inbox, message));
        var parsed = MimeParser.Parse(message);
        Assert.Equal(ImapFetchData.Envelope(parsed.Root), m.Summary.Envelope.ToArray());
        Assert.Equal(ImapFetchData.Body(parsed.Root), m.Summary.Body.ToArray());
        Assert.Equal(ImapFetchData.BodyStructure(parsed.Root), m.Summary.BodyStructure.ToArray());
        Assert.Equal(parsed.Size, m.Size);
        Assert.Equal(new DateTimeOffset(2022, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)), m.Summary.SentDate);
        var structure = await inbox.GetStructureAsync(m.Uid);
        Assert.Equal(4, structure.Root.Children.Count);
    }

    [Fact]
    public async Task Append_size_counts_crlf_line_ends()
    {
        var inbox = await InboxAsync();
        byte[] bare = "Subject: lf only\n\nline one\nline two\n"u8.ToArray();
        var m = await MessageAsync(inbox, await AppendAsync(inbox, bare));
        Assert.Equal(bare.Length + 4, m.Size);
        Assert.Equal(bare, await ReadAllAsync(await inbox.OpenContentAsync(m.Uid)));
    }

    [Fact]
    public async Task Object_ids_are_valid_and_copies_share_the_email_id()
    {
        var inbox = await InboxAsync();
        await CreateAsync("Other");
        uint a = await AppendAsync(inbox);
        uint b = await AppendAsync(inbox);
        var ma = await MessageAsync(inbox, a);
        var mb = await MessageAsync(inbox, b);
        Assert.Matches("^[A-Za-z0-9_-]{1,255}$", ma.EmailId);
        Assert.Matches("^[A-Za-z0-9_-]{1,255}$", ma.Summary.ThreadId);
        Assert.Matches("^[A-Za-z0-9_-]{1,255}$", inbox.MailboxId);
        Assert.NotEqual(ma.EmailId, mb.EmailId);
        CopyResult copy = await inbox.CopyAsync(new UidSet(a), N("Other"));
        var other = await Account.OpenMailboxAsync(N("Other"));
        Assert.Equal(ma.EmailId, (await MessageAsync(other, copy.Mapping[0].Destination)).EmailId);
    }

    [Fact]
    public async Task Replies_share_the_thread_id_of_their_original()
    {
        var inbox = await InboxAsync();
        var original = await MessageAsync(inbox, await AppendAsync(inbox, TestMessages.Simple("Plan", messageId: "root@x")));
        var reply = await MessageAsync(inbox, await AppendAsync(inbox, TestMessages.Simple("Re: Plan", messageId: "r1@x",
            headers: ["In-Reply-To: <root@x>", "References: <root@x>"])));
        var second = await MessageAsync(inbox, await AppendAsync(inbox, TestMessages.Simple("Re: Plan", messageId: "r2@x",
            headers: ["References: <root@x> <r1@x>"])));
        var unrelated = await MessageAsync(inbox, await AppendAsync(inbox, TestMessages.Simple("Other", messageId: "other@x")));
        var anonymous = await MessageAsync(inbox, await AppendAsync(inbox, TestMessages.Simple("No id")));
        var anonymous2 = await MessageAsync(inbox, await AppendAsync(inbox, TestMessages.Simple("No id")));
        Assert.Equal(original.Summary.ThreadId, reply.Summary.ThreadId);
        Assert.Equal(original.Summary.ThreadId, second.Summary.ThreadId);
        Assert.NotEqual(original.Summary.ThreadId, unrelated.Summary.ThreadId);
        Assert.NotEqual(anonymous.Summary.ThreadId, anonymous2.Summary.ThreadId);
    }

    [Fact]
    public async Task Multiappend_gives_consecutive_uids_in_order()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox);
        AppendResult r = await inbox.AppendAsync(
        [
            new AppendRequest(new MemoryStream(TestMessages.Simple("a")), [Flag.Seen], SomeDate),
            new AppendRequest(new MemoryStream(TestMessages.Simple("b"))),
            new AppendRequest(new MemoryStream(TestMessages.Simple("c")), [Flag.Draft]),
        ]);
        Assert.Equal([2u, 3u, 4u], r.Uids);
        Assert.Equal("2:4", r.ToUidSet().ToString());
        var messages = await MessagesAsync(inbox, new UidSet(2, 4));
        Assert.True(messages[0].HasFlag(Flag.Seen));
        Assert.Equal(SomeDate, messages[0].InternalDate);
        Assert.True(messages[2].HasFlag(Flag.Draft));
        Assert.Equal(TestMessages.Simple("b"), await ReadAllAsync(await inbox.OpenContentAsync(3)));
        Assert.Single(messages.Select(m => m.ModSeq).Distinct());
    }

    [Fact]
    public async Task Multiappend_that_fails_adds_nothing()
    {
        var inbox = await InboxAsync();
        await Account.SetQuotaAsync(new QuotaLimits(Messages: 2));
        await ThrowsAsync(MailStoreError.OverQuota, () => inbox.AppendAsync(
        [
            new AppendRequest(new MemoryStream(TestMessages.Simple("a"))),
            new AppendRequest(new MemoryStream(TestMessages.Simple("b"))),
            new AppendRequest(new MemoryStream(TestMessages.Simple("c"))),
        ]).AsTask());
        await ThrowsAsync(MailStoreError.Cannot, () => inbox.AppendAsync(
        [
            new AppendRequest(new MemoryStream(TestMessages.Simple("a"))),
            new AppendRequest(new MemoryStream([])),
        ]).AsTask());
        var status = await inbox.GetStatusAsync();
        Assert.Equal(0, status.Messages);
        Assert.Equal(0, (await Account.GetQuotaAsync()).Messages);
        Assert.True(await AppendAsync(inbox) >= status.UidNext);
    }

    [Fact]
    public async Task Append_of_an_empty_message_is_cannot()
    {
        var inbox = await InboxAsync();
        await ThrowsAsync(MailStoreError.Cannot, () => inbox.AppendAsync(new MemoryStream([])).AsTask());
    }

    [Fact]
    public async Task Append_cancelled_adds_nothing()
    {
        var inbox = await InboxAsync();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => inbox.AppendAsync(new MemoryStream(TestMessages.Simple()), cancellationToken: cts.Token).AsTask());
        Assert.Equal(0, (await inbox.GetStatusAsync()).Messages);
    }

    [Fact]
    public async Task Get_messages_returns_existing_uids_ascending()
    {
        var inbox = await InboxAsync();
        for (int i = 0; i < 5; i++) await AppendAsync(inbox);
        Assert.Equal([2u, 4u, 5u], (await MessagesAsync(inbox, UidSet.Parse("5,4,2,9:7"))).Select(m => m.Uid));
        Assert.Equal([1u, 2u, 3u, 4u, 5u], (await MessagesAsync(inbox, new UidSet(1, uint.MaxValue))).Select(m => m.Uid));
        Assert.Equal(5, (await MessagesAsync(inbox)).Count);
        Assert.Empty(await MessagesAsync(inbox, new UidSet(100)));
    }

    [Fact]
    public async Task Content_of_an_expunged_message_is_expungeissued_and_of_an_unknown_uid_nonexistent()
    {
        var inbox = await InboxAsync();
        uint uid = await AppendAsync(inbox, flags: [Flag.Deleted]);
        await inbox.ExpungeAsync();
        await ThrowsAsync(MailStoreError.ExpungeIssued, () => inbox.OpenContentAsync(uid).AsTask());
        await ThrowsAsync(MailStoreError.ExpungeIssued, () => inbox.GetStructureAsync(uid).AsTask());
        await ThrowsAsync(MailStoreError.NonExistent, () => inbox.OpenContentAsync(uid + 10).AsTask());
    }

    [Fact]
    public async Task Status_counts_messages_unseen_deleted_size_and_keywords()
    {
        var inbox = await InboxAsync();
        byte[] a = TestMessages.Simple("a"), b = TestMessages.Simple("bb"), c = TestMessages.Simple("ccc");
        await AppendAsync(inbox, a, [Flag.Seen]);
        await AppendAsync(inbox, b, [Flag.Deleted, new Flag("$Label1")]);
        await AppendAsync(inbox, c, [Flag.Seen, Flag.Deleted, new Flag("$Label2")]);
        var s = await inbox.GetStatusAsync();
        Assert.Equal(3, s.Messages);
        Assert.Equal(1, s.Unseen);
        Assert.Equal(2, s.Deleted);
        Assert.Equal(a.Length + b.Length + c.Length, s.Size);
        Assert.Equal(["$Label1", "$Label2"], s.Keywords.Select(k => k.Value).Order());
        Assert.Equal(inbox.MailboxId, s.MailboxId);
    }

    [Fact]
    public async Task Uids_are_never_reused_after_expunge()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox, flags: [Flag.Deleted]);
        await AppendAsync(inbox, flags: [Flag.Deleted]);
        await inbox.ExpungeAsync();
        Assert.Equal(3u, await AppendAsync(inbox));
    }

    [Fact]
    public async Task Two_handles_see_the_same_mailbox()
    {
        var a = await InboxAsync();
        var b = await InboxAsync();
        uint uid = await AppendAsync(a);
        await b.StoreFlagsAsync(new UidSet(uid), FlagOperation.Add, [Flag.Seen]);
        Assert.True((await MessageAsync(a, uid)).HasFlag(Flag.Seen));
    }

    /// <summary>A read-only, non-seekable stream that returns at most a few bytes per read.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, chunk), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
