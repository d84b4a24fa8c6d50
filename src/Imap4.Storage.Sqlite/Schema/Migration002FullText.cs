using Imap4.Mime;
using Imap4.Mime.Parsing;
using Imap4.Storage.Sqlite.Database;
using Imap4.Storage.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Schema;

/// <summary>
/// Version 2: the full-text index. A contentless FTS5 table with the trigram tokenizer over folded header and body text,
/// keyed by content id, and <c>content.fts_full</c> telling whether the body was indexed. Existing content is indexed here.
/// </summary>
internal sealed class Migration002FullText : Migration
{
    public override int Version => 2;

    private const string Ddl = """
        ALTER TABLE content ADD COLUMN fts_full INTEGER NOT NULL DEFAULT 0;
        CREATE VIRTUAL TABLE content_fts USING fts5(header, body, content='', contentless_delete=1, tokenize='trigram case_sensitive 1');
        CREATE TRIGGER content_fts_delete AFTER DELETE ON content BEGIN DELETE FROM content_fts WHERE rowid = old.id; END;
        """;

    public override async ValueTask ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(transaction, Ddl, cancellationToken).ConfigureAwait(false);
        List<long> ids = await connection.ListAsync(transaction, "SELECT id FROM content ORDER BY id", r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
        foreach (long id in ids)
        {
            await using var blob = new SqliteBlob(connection, "content_data", "data", id, readOnly: true);
            ParsedMessage parsed = MimeParser.Parse(blob, MimeParserOptions.Default);
            bool full = FullText.IndexesBody(parsed, FullText.DefaultMaxIndexedSize);
            await FullText.IndexAsync(connection, transaction, id, parsed, blob, full, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, "UPDATE content SET fts_full = @f WHERE id = @id", cancellationToken,
                ("@f", full ? 1 : 0), ("@id", id)).ConfigureAwait(false);
        }
    }
}
