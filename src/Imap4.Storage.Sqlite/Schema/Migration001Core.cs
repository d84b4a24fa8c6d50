using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Schema;

/// <summary>Version 1: accounts, mailboxes, messages, content and the change log.</summary>
internal sealed class Migration001Core : Migration
{
    public override int Version => 1;

    // AUTOINCREMENT on account and mailbox: a handle holds the id, so an id must never name a later account or mailbox.
    // Message rows share content rows (COPY); the bytes live apart in content_data so metadata scans never touch them.
    private const string Ddl = """
        CREATE TABLE store_meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE account(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user TEXT NOT NULL UNIQUE,
            quota_storage_kib INTEGER,
            quota_messages INTEGER,
            used_bytes INTEGER NOT NULL DEFAULT 0,
            used_messages INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE mailbox(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            object_id TEXT NOT NULL UNIQUE,
            uid_validity INTEGER NOT NULL,
            uid_next INTEGER NOT NULL DEFAULT 1,
            highest_modseq INTEGER NOT NULL DEFAULT 1,
            special_use INTEGER NOT NULL DEFAULT 0,
            UNIQUE(account_id, name));
        CREATE TABLE noselect(
            account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            PRIMARY KEY(account_id, name)) WITHOUT ROWID;
        CREATE TABLE subscription(
            account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            PRIMARY KEY(account_id, name)) WITHOUT ROWID;
        CREATE TABLE content(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            email_id TEXT NOT NULL,
            length INTEGER NOT NULL,
            size INTEGER NOT NULL,
            sent_date TEXT,
            thread_id TEXT NOT NULL,
            envelope BLOB NOT NULL,
            body BLOB NOT NULL,
            body_structure BLOB NOT NULL);
        CREATE TABLE content_data(
            id INTEGER PRIMARY KEY REFERENCES content(id) ON DELETE CASCADE,
            data BLOB NOT NULL);
        CREATE TABLE message(
            mailbox_id INTEGER NOT NULL REFERENCES mailbox(id) ON DELETE CASCADE,
            uid INTEGER NOT NULL,
            content_id INTEGER NOT NULL REFERENCES content(id),
            flags TEXT NOT NULL,
            seen INTEGER NOT NULL,
            deleted INTEGER NOT NULL,
            modseq INTEGER NOT NULL,
            internal_date TEXT NOT NULL,
            save_date TEXT NOT NULL,
            size INTEGER NOT NULL,
            PRIMARY KEY(mailbox_id, uid)) WITHOUT ROWID;
        CREATE INDEX message_modseq ON message(mailbox_id, modseq);
        CREATE INDEX message_content ON message(content_id);
        CREATE TABLE tombstone(
            mailbox_id INTEGER NOT NULL REFERENCES mailbox(id) ON DELETE CASCADE,
            uid INTEGER NOT NULL,
            modseq INTEGER NOT NULL,
            PRIMARY KEY(mailbox_id, uid)) WITHOUT ROWID;
        CREATE INDEX tombstone_modseq ON tombstone(mailbox_id, modseq);
        CREATE TABLE keyword(
            mailbox_id INTEGER NOT NULL REFERENCES mailbox(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY(mailbox_id, name)) WITHOUT ROWID;
        """;

    public override async ValueTask ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(transaction, Ddl, cancellationToken).ConfigureAwait(false);
}
