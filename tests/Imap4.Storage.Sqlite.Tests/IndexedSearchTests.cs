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
    private static SearchKey Body(string s) => new TextSearchKey(TextSearchField.Body, s);

    private static SearchKey Text(string s) => new TextSearchKey(TextSearchField.Text, s);

    [Fact]
    public async Task Text_and_body_keys_are_answered_by_the_index_alone()
    {
        using var directory = new TempDirectory();
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path);
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
    public async Task Header_keys_read_only_the_messages_the_index_keeps()
    {
        using var directory = new TempDirectory();
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path);
        IMailbox inbox = await (await store.CreateAccountAsync("a")).OpenMailboxAsync(MailboxName.Inbox);
        await inbox.AppendAsync(new MemoryStream(TestMessages.Simple("Quarterly report", from: "Zed <zed@example.com>")));
        await inbox.AppendAsync(new MemoryStream(TestMessages.Simple("Lunch", body: "quarterly numbers in the body\r\n")));
        await DeleteAllBytesAsync(store, exceptUid: 1);

        Assert.Equal([1u], await SearchAsync(inbox, new TextSearchKey(TextSearchField.Subject, "QUARTERLY")));
        Assert.Equal([1u], await SearchAsync(inbox, new TextSearchKey(TextSearchField.From, "zed@")));
        Assert.Empty(await SearchAsync(inbox, new TextSearchKey(TextSearchField.To, "zed@")));
    }

    private static async Task<List<uint>> SearchAsync(IMailbox box, SearchKey key) => await box.SearchAsync(key).ToListAsync();

    private static async Task DeleteAllBytesAsync(SqliteMailStore store, uint exceptUid = 0) =>
        await store.Database.WriteAsync((c, t, ct) => c.ExecuteAsync(t,
            "DELETE FROM content_data WHERE id NOT IN (SELECT content_id FROM message WHERE uid = @u)", ct, ("@u", (long)exceptUid)), default);
}
