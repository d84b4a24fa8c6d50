using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Storage.Sqlite.Database;
using Imap4.Storage.Tests.Conformance;

namespace Imap4.Storage.Sqlite.Tests;

/// <summary>
/// What the index answers without reading messages: the tests delete the stored bytes of messages the search must not
/// read (reading them would throw), so a passing search proves the index decided.
/// </summary>
public sealed class IndexedSearchTests
{
    // These mailboxes are small: without this the store would read them instead of asking the index.
    private static readonly SqliteMailStoreOptions IndexAlways = new() { MinIndexedSearchMailbox = 0 };

    private static SearchKey Body(string s) => new TextSearchKey(TextSearchField.Body, s);

    private static SearchKey Text(string s) => new TextSearchKey(TextSearchField.Text, s);

    [Fact]
    public async Task Text_and_body_keys_are_answered_by_the_index_alone()
    {
        using var directory = new TempDirectory();
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path, IndexAlways);
        IMailbox inbox = await (await store.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        await inbox.AppendAsync(new MemoryStream(TestMessages.Simple("Kettle", body: "The xylophone plays.\r\n")), [Flag.Seen]);
        await inbox.AppendAsync(new MemoryStream(TestMessages.Simple("Teapot", body: "A trombone answers.\r\n")));
        await inbox.AppendAsync(new MemoryStream(TestMessages.Multipart()));
        await DeleteAllBytesAsync(store);

        Assert.Equal([1u], await SearchAsync(inbox, Body("XYLOPHONE")));
        Assert.Equal([2u, 3u], await SearchAsync(inbox, new NotSearchKey(Body("xylo"))));
        Assert.Equal([1u, 2u], await SearchAsync(inbox, new OrSearchKey(Body("trombone"), Text("kettle"))));
        Assert.Equal([1u], await SearchAsync(inbox, new AndSearchKey([new SimpleSearchKey(SimpleSearchKind.Seen), Text("ALICE@")])));
        Assert.Equal([3u], await SearchAsync(inbox, Body("smörgåsbord")));
        Assert.Equal([3u], await SearchAsync(inbox, Text("grüße from")));
        await Assert.ThrowsAnyAsync<Exception>(() => SearchAsync(inbox, Body("xy"))); // too short for trigrams: reads content
    }

    [Fact]
    public async Task A_small_mailbox_is_read_not_looked_up_in_the_index()
    {
        using var directory = new TempDirectory();
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path);
        IMailbox inbox = await (await store.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        await inbox.AppendAsync(new MemoryStream(TestMessages.Simple("Kettle", body: "The xylophone plays.\r\n")));
        await inbox.AppendAsync(new MemoryStream(TestMessages.Simple("Teapot", body: "A trombone answers.\r\n")));
        await store.Database.WriteAsync((c, t, ct) => c.ExecuteAsync(t, "DELETE FROM content_fts", ct), default); // an empty index

        Assert.Equal([1u], await SearchAsync(inbox, Body("XYLOPHONE"))); // found by reading: the index was not asked
        Assert.Equal([2u], await SearchAsync(inbox, new NotSearchKey(Text("xylophone"))));
    }

    [Fact]
    public async Task Header_keys_read_only_the_messages_the_index_keeps()
    {
        using var directory = new TempDirectory();
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path, IndexAlways);
        IMailbox inbox = await (await store.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        await inbox.AppendAsync(new MemoryStream(TestMessages.Simple("Quarterly report", from: "Zed <zed@example.com>")));
        await inbox.AppendAsync(new MemoryStream(TestMessages.Simple("Lunch", body: "quarterly numbers in the body\r\n")));
        await DeleteAllBytesAsync(store, exceptUid: 1);

        Assert.Equal([1u], await SearchAsync(inbox, new TextSearchKey(TextSearchField.Subject, "QUARTERLY")));
        Assert.Equal([1u], await SearchAsync(inbox, new TextSearchKey(TextSearchField.From, "zed@")));
        Assert.Empty(await SearchAsync(inbox, new TextSearchKey(TextSearchField.To, "zed@")));
    }

    [Fact]
    public async Task A_rare_word_visits_only_the_candidate_messages()
    {
        using var directory = new TempDirectory();
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path, new SqliteMailStoreOptions { MaxIndexedMessageSize = 1000, MinIndexedSearchMailbox = 0 });
        IMailbox inbox = await (await store.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        for (int i = 1; i <= 40; i++)
        {
            string body = i switch { 7 => "a marmalade jar\r\n", 30 => new string('y', 1500) + " marmalade\r\n", _ => $"plain note {i}\r\n" };
            await inbox.AppendAsync(new MemoryStream(TestMessages.Simple("Note " + i, body: body)));
        }
        await inbox.CopyAsync(UidSet.Parse("7"), MailboxName.Inbox); // UID 41 shares the content of UID 7
        // Rows the search must not visit are made unreadable: reading one would throw.
        await store.Database.WriteAsync((c, t, ct) => c.ExecuteAsync(t,
            "UPDATE message SET internal_date = 'not a date' WHERE uid NOT IN (7, 30, 41)", ct), default);

        Assert.Equal([7u, 30u, 41u], await SearchAsync(inbox, Text("MARMALADE"))); // 30: body too large for the index, read
        Assert.Equal([7u, 41u], await SearchAsync(inbox, new AndSearchKey([Body("jar"), Text("marmal")])));
        Assert.Empty(await SearchAsync(inbox, new OrSearchKey(Body("absentword"), new TextSearchKey(TextSearchField.Subject, "nowhere"))));
        await Assert.ThrowsAnyAsync<Exception>(() => SearchAsync(inbox, new NotSearchKey(Body("marmalade")))); // unbounded: scans
    }

    [Fact]
    public async Task Keys_the_index_decides_alone_decode_no_row()
    {
        using var directory = new TempDirectory();
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path, IndexAlways);
        IMailbox inbox = await (await store.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        for (int i = 1; i <= 12; i++)
            await inbox.AppendAsync(new MemoryStream(TestMessages.Simple("Note " + i, body: i % 3 == 0 ? "the kettle sings\r\n" : "the teapot waits\r\n")));
        // Every row is made unreadable: a search that decoded one would throw.
        await store.Database.WriteAsync((c, t, ct) => c.ExecuteAsync(t, "UPDATE message SET internal_date = 'not a date'", ct), default);

        Assert.Equal([3u, 6u, 9u, 12u], await SearchAsync(inbox, Body("KETTLE")));
        Assert.Equal([1u, 2u, 4u, 5u, 7u, 8u, 10u, 11u], await SearchAsync(inbox, new NotSearchKey(Text("kettle"))));
        Assert.Equal(12, (await SearchAsync(inbox, new OrSearchKey(Body("teapot"), Body("kettle")))).Count);
        Assert.Empty(await SearchAsync(inbox, new AndSearchKey([Body("teapot"), Body("kettle")])));
        await Assert.ThrowsAnyAsync<Exception>(() => SearchAsync(inbox, new AndSearchKey([new SimpleSearchKey(SimpleSearchKind.Seen), Body("the")])));
    }

    private static async Task<List<uint>> SearchAsync(IMailbox box, SearchKey key) => await box.SearchAsync(key).ToListAsync();

    private static async Task DeleteAllBytesAsync(SqliteMailStore store, uint exceptUid = 0) =>
        await store.Database.WriteAsync((c, t, ct) => c.ExecuteAsync(t,
            "DELETE FROM content_data WHERE id NOT IN (SELECT content_id FROM message WHERE uid = @u)", ct, ("@u", (long)exceptUid)), default);
}
