using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Storage.Search;

namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    private static SearchKey Text(TextSearchField field, string value) => new TextSearchKey(field, value);

    private static SearchKey Simple(SimpleSearchKind kind) => new SimpleSearchKey(kind);

    [Fact]
    public async Task Search_on_an_empty_mailbox_finds_nothing()
    {
        var inbox = await InboxAsync();
        Assert.Empty(await SearchAsync(inbox, Simple(SimpleSearchKind.All)));
        Assert.Empty(await SearchAsync(inbox, new UidSearchKey(SequenceSet.Parse("*"))));
    }

    [Theory]
    [InlineData(SimpleSearchKind.All, new uint[] { 1, 2, 3, 4 })]
    [InlineData(SimpleSearchKind.Answered, new uint[] { 2 })]
    [InlineData(SimpleSearchKind.Unanswered, new uint[] { 1, 3, 4 })]
    [InlineData(SimpleSearchKind.Deleted, new uint[] { 3 })]
    [InlineData(SimpleSearchKind.Undeleted, new uint[] { 1, 2, 4 })]
    [InlineData(SimpleSearchKind.Draft, new uint[] { 4 })]
    [InlineData(SimpleSearchKind.Undraft, new uint[] { 1, 2, 3 })]
    [InlineData(SimpleSearchKind.Flagged, new uint[] { 1, 4 })]
    [InlineData(SimpleSearchKind.Unflagged, new uint[] { 2, 3 })]
    [InlineData(SimpleSearchKind.Seen, new uint[] { 1, 2 })]
    [InlineData(SimpleSearchKind.Unseen, new uint[] { 3, 4 })]
    [InlineData(SimpleSearchKind.SaveDateSupported, new uint[] { 1, 2, 3, 4 })]
    public async Task Search_flag_keys(SimpleSearchKind kind, uint[] expected)
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox, flags: [Flag.Seen, Flag.Flagged]);
        await AppendAsync(inbox, flags: [Flag.Seen, Flag.Answered]);
        await AppendAsync(inbox, flags: [Flag.Deleted]);
        await AppendAsync(inbox, flags: [Flag.Draft, Flag.Flagged]);
        Assert.Equal(expected, await SearchAsync(inbox, Simple(kind)));
    }

    [Fact]
    public async Task Search_recent_new_and_old_use_the_sessions_recent_set()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox);
        await AppendAsync(inbox, flags: [Flag.Seen]);
        await AppendAsync(inbox);
        var context = new SearchContext { RecentUids = new HashSet<uint> { 2, 3 } };
        Assert.Equal([2u, 3u], await SearchAsync(inbox, Simple(SimpleSearchKind.Recent), context));
        Assert.Equal([3u], await SearchAsync(inbox, Simple(SimpleSearchKind.New), context));
        Assert.Equal([1u], await SearchAsync(inbox, Simple(SimpleSearchKind.Old), context));
        Assert.Empty(await SearchAsync(inbox, Simple(SimpleSearchKind.Recent)));
    }

    [Fact]
    public async Task Search_keywords_case_insensitively()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox, flags: [new Flag("$Work")]);
        await AppendAsync(inbox);
        Assert.Equal([1u], await SearchAsync(inbox, new KeywordSearchKey(new Flag("$WORK"))));
        Assert.Equal([2u], await SearchAsync(inbox, new KeywordSearchKey(new Flag("$work"), Negated: true)));
        Assert.Empty(await SearchAsync(inbox, new KeywordSearchKey(new Flag("$Other"))));
    }

    [Fact]
    public async Task Search_internal_dates_disregard_time_and_zone()
    {
        var inbox = await InboxAsync();
        // 23:30 on 17 May at -07:00 is 18 May in UTC; the search still sees 17 May.
        await AppendAsync(inbox, date: SomeDate);
        await AppendAsync(inbox, date: new DateTimeOffset(2021, 5, 18, 0, 10, 0, TimeSpan.FromHours(9)));
        var may17 = new DateOnly(2021, 5, 17);
        var may18 = new DateOnly(2021, 5, 18);
        Assert.Equal([1u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.On, may17)));
        Assert.Equal([2u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.On, may18)));
        Assert.Equal([1u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.Before, may18)));
        Assert.Equal([1u, 2u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.Since, may17)));
        Assert.Equal([2u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.Since, may18)));
        Assert.Empty(await SearchAsync(inbox, new DateSearchKey(DateSearchField.Before, may17)));
    }

    [Fact]
    public async Task Search_sent_dates_use_the_date_header_or_else_the_internal_date()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox, TestMessages.Simple(date: "Mon, 7 Feb 1994 21:52:25 -0800"), date: SomeDate);
        await AppendAsync(inbox, TestMessages.Simple(date: "8 Feb 94 01:00 +0100 (CET)"), date: SomeDate);
        await AppendAsync(inbox, TestMessages.Simple(date: null), date: SomeDate);
        var feb7 = new DateOnly(1994, 2, 7);
        Assert.Equal([1u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.SentOn, feb7)));
        Assert.Equal([2u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.SentOn, feb7.AddDays(1))));
        Assert.Equal([1u, 2u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.SentBefore, new DateOnly(2000, 1, 1))));
        Assert.Equal([3u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.SentSince, new DateOnly(2021, 5, 17))));
        Assert.Equal([3u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.SentOn, new DateOnly(2021, 5, 17))));
    }

    [Fact]
    public async Task Search_save_dates_use_when_the_message_was_stored()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox, date: SomeDate);
        var today = DateOnly.FromDateTime(DateTime.Now);
        Assert.Equal([1u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.SavedSince, today.AddDays(-2))));
        Assert.Equal([1u], await SearchAsync(inbox, new DateSearchKey(DateSearchField.SavedBefore, today.AddDays(2))));
        Assert.Empty(await SearchAsync(inbox, new DateSearchKey(DateSearchField.SavedBefore, today.AddDays(-2))));
        Assert.Empty(await SearchAsync(inbox, new DateSearchKey(DateSearchField.SavedOn, new DateOnly(2021, 5, 17))));
    }

    [Fact]
    public async Task Search_larger_and_smaller_compare_rfc822_size()
    {
        var inbox = await InboxAsync();
        byte[] small = TestMessages.Simple(body: "x\r\n");
        await AppendAsync(inbox, small);
        await AppendAsync(inbox, TestMessages.Simple(body: new string('y', 5000) + "\r\n"));
        Assert.Equal([2u], await SearchAsync(inbox, new NumberSearchKey(NumberSearchField.Larger, 1000)));
        Assert.Equal([1u], await SearchAsync(inbox, new NumberSearchKey(NumberSearchField.Smaller, 1000)));
        Assert.Empty(await SearchAsync(inbox, new NumberSearchKey(NumberSearchField.Larger, (ulong)small.Length + 5000)));
        Assert.Equal([2u], await SearchAsync(inbox, new NumberSearchKey(NumberSearchField.Larger, (ulong)small.Length)));
        Assert.Empty(await SearchAsync(inbox, new NumberSearchKey(NumberSearchField.Smaller, (ulong)small.Length)));
    }

    [Fact]
    public async Task Search_older_and_younger_are_relative_to_the_context_clock()
    {
        var inbox = await InboxAsync();
        var now = new DateTimeOffset(2024, 1, 10, 12, 0, 0, TimeSpan.Zero);
        await AppendAsync(inbox, date: now.AddHours(-2));
        await AppendAsync(inbox, date: now.AddMinutes(-5));
        var context = new SearchContext { TimeProvider = new FixedClock(now) };
        Assert.Equal([1u], await SearchAsync(inbox, new NumberSearchKey(NumberSearchField.Older, 3600), context));
        Assert.Equal([2u], await SearchAsync(inbox, new NumberSearchKey(NumberSearchField.Younger, 3600), context));
        Assert.Equal([1u, 2u], await SearchAsync(inbox, new NumberSearchKey(NumberSearchField.Younger, 86400), context));
    }

    [Fact]
    public async Task Search_modseq_finds_messages_changed_since()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox);
        await AppendAsync(inbox);
        var r = await inbox.StoreFlagsAsync(new UidSet(1), FlagOperation.Add, [Flag.Seen]);
        Assert.Equal([1u], await SearchAsync(inbox, new ModSeqSearchKey(r.HighestModSeq)));
        Assert.Equal([1u], await SearchAsync(inbox, new ModSeqSearchKey(r.HighestModSeq, ModSeqSearchKey.EntryNameOf(Flag.Seen))));
        Assert.Equal([1u, 2u], await SearchAsync(inbox, new ModSeqSearchKey(1)));
        Assert.Empty(await SearchAsync(inbox, new ModSeqSearchKey(r.HighestModSeq + 1)));
    }

    [Fact]
    public async Task Search_emailid_and_threadid()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox, TestMessages.Simple(messageId: "root@x"));
        await AppendAsync(inbox, TestMessages.Simple(headers: ["References: <root@x>"]));
        await AppendAsync(inbox, TestMessages.Simple());
        var first = await MessageAsync(inbox, 1);
        Assert.Equal([1u], await SearchAsync(inbox, new ObjectIdSearchKey(ObjectIdField.EmailId, first.EmailId)));
        Assert.Equal([1u, 2u], await SearchAsync(inbox, new ObjectIdSearchKey(ObjectIdField.ThreadId, first.Summary.ThreadId)));
        Assert.Empty(await SearchAsync(inbox, new ObjectIdSearchKey(ObjectIdField.EmailId, "Mnothing")));
    }

    [Fact]
    public async Task Search_uid_sets_with_star_and_saved_result()
    {
        var inbox = await InboxAsync();
        for (int i = 0; i < 5; i++) await AppendAsync(inbox);
        await inbox.StoreFlagsAsync(new UidSet(5), FlagOperation.Add, [Flag.Deleted]);
        await inbox.ExpungeAsync();
        Assert.Equal([2u, 3u], await SearchAsync(inbox, new UidSearchKey(SequenceSet.Parse("2:3,9"))));
        Assert.Equal([4u], await SearchAsync(inbox, new UidSearchKey(SequenceSet.Parse("*"))));
        Assert.Equal([3u, 4u], await SearchAsync(inbox, new UidSearchKey(SequenceSet.Parse("*:3"))));
        Assert.Empty(await SearchAsync(inbox, new UidSearchKey(SequenceSet.SavedResult)));
        var saved = new SearchContext { SavedResult = new HashSet<uint> { 1, 4, 5 } };
        Assert.Equal([1u, 4u], await SearchAsync(inbox, new UidSearchKey(SequenceSet.SavedResult), saved));
        Assert.Equal([1u, 4u], await SearchAsync(inbox, new SequenceSetSearchKey(SequenceSet.SavedResult), saved));
    }

    [Fact]
    public async Task Search_sequence_sets_use_the_sessions_mapping()
    {
        var inbox = await InboxAsync();
        for (int i = 0; i < 6; i++) await AppendAsync(inbox);
        // The session has not seen UID 6 yet and still lists UID 2 that another session expunged.
        await inbox.StoreFlagsAsync(new UidSet(2), FlagOperation.Add, [Flag.Deleted]);
        await inbox.ExpungeAsync();
        var context = new SearchContext { SequenceUids = [1, 2, 3, 4, 5] };
        Assert.Equal([1u, 3u], await SearchAsync(inbox, new SequenceSetSearchKey(SequenceSet.Parse("1:3")), context));
        Assert.Equal([5u], await SearchAsync(inbox, new SequenceSetSearchKey(SequenceSet.Parse("*")), context));
        Assert.Equal([5u], await SearchAsync(inbox, new UidSearchKey(SequenceSet.Parse("*")), context));
        Assert.Equal([4u, 5u], await SearchAsync(inbox, new SequenceSetSearchKey(SequenceSet.Parse("4:*")), context));
        await ThrowsAsync(MailStoreError.Cannot, () => SearchAsync(inbox, new SequenceSetSearchKey(SequenceSet.Parse("1"))));
    }

    [Fact]
    public async Task Search_header_fields_substring_case_insensitive_and_decoded()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox, TestMessages.Multipart());
        await AppendAsync(inbox, TestMessages.Simple("Quarterly REPORT", headers: ["X-Priority: 1 (Highest)"]));
        Assert.Equal([2u], await SearchAsync(inbox, Text(TextSearchField.Subject, "report")));
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.Subject, "grüße"))); // from an encoded word
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.From, "CAROL@")));
        Assert.Equal([2u], await SearchAsync(inbox, Text(TextSearchField.From, "alice")));
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.To, "dave")));
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.Cc, "erin")));
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.Bcc, "Frank")));
        Assert.Empty(await SearchAsync(inbox, Text(TextSearchField.Cc, "dave")));
        Assert.Equal([2u], await SearchAsync(inbox, new HeaderSearchKey("x-priority", "highest")));
        Assert.Equal([2u], await SearchAsync(inbox, new HeaderSearchKey("X-PRIORITY", "")));
        Assert.Equal([1u], await SearchAsync(inbox, new HeaderSearchKey("MIME-Version", "")));
        Assert.Empty(await SearchAsync(inbox, new HeaderSearchKey("X-Missing", "")));
    }

    [Fact]
    public async Task Search_body_decodes_transfer_encodings_and_charsets_in_every_text_part()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox, TestMessages.Multipart());
        await AppendAsync(inbox, TestMessages.Simple("café", body: "Nothing to see.\r\n"));
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.Body, "CAFÉ OPENS")));
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.Body, "softwrapped")));
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.Body, "smörgåsbord")));
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.Body, "zebra")));
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.Body, "inner subject")));
        Assert.Empty(await SearchAsync(inbox, Text(TextSearchField.Body, "binaryneedle")));
        Assert.Empty(await SearchAsync(inbox, Text(TextSearchField.Body, "Dave"))); // a header, not the body
        Assert.Equal([2u], await SearchAsync(inbox, Text(TextSearchField.Body, "nothing to")));
        Assert.Equal([1u, 2u], await SearchAsync(inbox, Text(TextSearchField.Body, "")));
    }

    [Fact]
    public async Task Search_text_covers_header_and_body()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox, TestMessages.Simple("alpha subject", body: "beta body\r\n"));
        await AppendAsync(inbox, TestMessages.Simple("gamma", body: "alpha in body\r\n"));
        Assert.Equal([1u, 2u], await SearchAsync(inbox, Text(TextSearchField.Text, "ALPHA")));
        Assert.Equal([1u], await SearchAsync(inbox, Text(TextSearchField.Text, "beta")));
        Assert.Equal([1u, 2u], await SearchAsync(inbox, Text(TextSearchField.Text, "bob@example.org")));
        Assert.Empty(await SearchAsync(inbox, Text(TextSearchField.Text, "delta")));
    }

    [Fact]
    public async Task Search_combines_and_or_not()
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox, TestMessages.Simple("apple"), [Flag.Seen]);
        await AppendAsync(inbox, TestMessages.Simple("banana"), [Flag.Seen, Flag.Flagged]);
        await AppendAsync(inbox, TestMessages.Simple("apple pie"));
        SearchKey seen = Simple(SimpleSearchKind.Seen), apple = Text(TextSearchField.Subject, "apple");
        Assert.Equal([1u], await SearchAsync(inbox, new AndSearchKey([seen, apple])));
        Assert.Equal([1u, 2u, 3u], await SearchAsync(inbox, new OrSearchKey(seen, apple)));
        Assert.Equal([2u], await SearchAsync(inbox, new NotSearchKey(apple)));
        Assert.Equal([3u], await SearchAsync(inbox, new AndSearchKey([new NotSearchKey(seen), apple])));
        Assert.Equal([2u], await SearchAsync(inbox, new OrSearchKey(Simple(SimpleSearchKind.Flagged), Text(TextSearchField.Body, "no such"))));
        Assert.Equal([1u, 3u], await SearchAsync(inbox, new NotSearchKey(new AndSearchKey([seen, Simple(SimpleSearchKind.Flagged)]))));
    }

    [Theory]
    [InlineData("X-GM-RAW")]
    [InlineData("X-GM-LABELS")]
    [InlineData("X-GM-MSGID")]
    [InlineData("X-GM-THRID")]
    public async Task Search_gmail_keys_are_cannot(string name)
    {
        var inbox = await InboxAsync();
        await AppendAsync(inbox);
        SearchKey key = name switch
        {
            "X-GM-RAW" => Text(TextSearchField.GmailRaw, "in:inbox"),
            "X-GM-LABELS" => Text(TextSearchField.GmailLabels, "x"),
            "X-GM-MSGID" => new NumberSearchKey(NumberSearchField.GmailMessageId, 1),
            _ => new NumberSearchKey(NumberSearchField.GmailThreadId, 1),
        };
        await ThrowsAsync(MailStoreError.Cannot, () => SearchAsync(inbox, new NotSearchKey(key)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
