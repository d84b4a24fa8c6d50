using System.Text;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Storage.Sqlite.Database;
using Imap4.Storage.Sqlite.Schema;
using Imap4.Storage.Tests.Conformance;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Tests;

public sealed class SchemaMigrationTests
{
    [Fact]
    public async Task A_version_1_database_is_migrated_and_its_messages_indexed()
    {
        using var directory = new TempDirectory();
        string file = Path.Combine(directory.Path, "mail.db");
        byte[] message = TestMessages.Simple("Old times", body: "A message from schema one with a marmalade jar.\r\n");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False;Foreign Keys=True"))
        {
            await connection.OpenAsync();
            await SchemaMigrator.MigrateAsync(connection, 1, default);
            Assert.Equal(1, await SchemaMigrator.GetVersionAsync(connection, null, default));
            await WriteVersion1RowsAsync(connection, message);
        }

        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(directory.Path);
        IMailbox inbox = await (await store.OpenAccountAsync("old")).OpenMailboxAsync(MailboxName.Inbox);
        Assert.Equal(7u, inbox.UidValidity);
        MailboxStatus status = await inbox.GetStatusAsync();
        Assert.Equal((3u, 5ul, 1), (status.UidNext, status.HighestModSeq, status.Messages));
        MessageInfo info = Assert.Single(await inbox.GetMessagesAsync().ToListAsync());
        Assert.True(info.HasFlag(Flag.Seen));
        await using (Stream content = await inbox.OpenContentAsync(2))
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            Assert.Equal(message, copy.ToArray());
        }
        Assert.Equal([2u], await inbox.SearchAsync(new TextSearchKey(TextSearchField.Body, "MARMALADE")).ToListAsync());

        await using SqliteConnection reader = await store.Database.OpenReaderAsync(default);
        Assert.Equal(SchemaMigrator.LatestVersion, await SchemaMigrator.GetVersionAsync(reader, null, default));
        Assert.Equal(1, await reader.LongAsync(null, "SELECT count(*) FROM content_fts WHERE content_fts MATCH '\"MARMALADE\"'", default));
        Assert.Equal(1, await reader.LongAsync(null, "SELECT fts_full FROM content", default));
        Assert.Equal(1, await reader.LongAsync(null, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'content_unindexed'", default));
        Assert.Equal(16, await reader.LongAsync(null, "SELECT v FROM content_fts_config WHERE k = 'automerge'", default));
        Assert.True((await (await store.OpenAccountAsync("old")).CreateMailboxAsync(new MailboxName("New"))).UidValidity > 7);
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused()
    {
        using var directory = new TempDirectory();
        await (await SqliteMailStore.OpenAsync(directory.Path)).DisposeAsync();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(directory.Path, "mail.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync(null, "UPDATE schema_version SET version = 99", default);
        }
        var e = await Assert.ThrowsAsync<MailStoreException>(() => SqliteMailStore.OpenAsync(directory.Path));
        Assert.Equal(MailStoreError.Unavailable, e.Error);
    }

    [Fact]
    public async Task Opening_twice_keeps_the_version_and_the_data()
    {
        using var directory = new TempDirectory();
        await using (SqliteMailStore first = await SqliteMailStore.OpenAsync(directory.Path)) await first.CreateAccountAsync("a");
        await using SqliteMailStore second = await SqliteMailStore.OpenAsync(directory.Path);
        Assert.Equal(["a"], await second.ListAccountsAsync().ToListAsync());
        await using SqliteConnection reader = await second.Database.OpenReaderAsync(default);
        Assert.Equal(SchemaMigrator.LatestVersion, await SchemaMigrator.GetVersionAsync(reader, null, default));
        Assert.Equal("wal", await reader.ScalarAsync(null, "PRAGMA journal_mode", default));
    }

    // The rows a version-1 store wrote for one account with one message (UID 2 after UID 1 was expunged).
    private static async Task WriteVersion1RowsAsync(SqliteConnection c, byte[] message)
    {
        string date = Codec.Date(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)));
        await c.ExecuteAsync(null, """
            INSERT INTO store_meta(key, value) VALUES ('last_uid_validity', 7);
            INSERT INTO account(id, user, used_bytes, used_messages) VALUES (1, 'old', @len, 1);
            INSERT INTO mailbox(id, account_id, name, object_id, uid_validity, uid_next, highest_modseq) VALUES (1, 1, 'INBOX', 'Fold', 7, 3, 5);
            INSERT INTO content(id, email_id, length, size, thread_id, envelope, body, body_structure)
                VALUES (1, 'Mold', @len, @len, 'Told', @env, @env, @env);
            INSERT INTO content_data(id, data) VALUES (1, @data);
            INSERT INTO message(mailbox_id, uid, content_id, flags, seen, deleted, modseq, internal_date, save_date, size)
                VALUES (1, 2, 1, '\Seen', 1, 0, 5, @date, @date, @len);
            INSERT INTO tombstone(mailbox_id, uid, modseq) VALUES (1, 1, 4);
            """, default, ("@len", message.Length), ("@env", Encoding.ASCII.GetBytes("NIL")), ("@data", message), ("@date", date));
    }
}
