using System.Text;
using Imap4.Mime;
using Imap4.Storage.Search;
using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Search;

/// <summary>
/// The full-text index: header and body text exactly as <see cref="SearchableContent"/> gives them to the reference
/// evaluator, folded with <see cref="Fold"/> and split into trigrams by FTS5. Because IMAP matches substrings
/// case-insensitively (ordinal), text and needle are folded the same way here and the tokenizer is case-sensitive:
/// FTS5's own folding is not .NET's.
/// </summary>
internal static class FullText
{
    public const long DefaultMaxIndexedSize = 1024 * 1024;

    /// <summary>Upper-cases per UTF-16 unit as <see cref="StringComparison.OrdinalIgnoreCase"/> compares.</summary>
    public static string Fold(string text) => text.ToUpperInvariant();

    /// <summary>True when the body text is indexed (the message is small enough); the header always is.</summary>
    public static bool IndexesBody(ParsedMessage parsed, long maxIndexedSize) => parsed.Length <= maxIndexedSize;

    /// <summary>One message's text as the index holds it: folded header, and folded body or "" when not indexed.</summary>
    public readonly record struct Text(string Header, string Body);

    /// <summary>Decodes and folds a message's text (CPU work that needs no database, so callers do it outside the write lock).</summary>
    public static Text Extract(ParsedMessage parsed, Stream content, bool withBody)
    {
        var text = new SearchableContent(parsed, content);
        return new Text(Fold(text.HeaderText), withBody ? Fold(text.BodyText) : "");
    }

    /// <summary>
    /// Adds the text of several contents with one prepared statement. Call it after the transaction's other writes:
    /// FTS5 flushes its pending terms into a new segment whenever another statement opens a savepoint, so index inserts
    /// interleaved with other inserts write (and later merge) one segment per message.
    /// </summary>
    public static async ValueTask IndexAllAsync(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyList<(long ContentId, Text Text)> entries, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = connection.Command(transaction, "INSERT INTO content_fts(rowid, header, body) VALUES (@id, @h, @b)",
            ("@id", 0L), ("@h", ""), ("@b", ""));
        foreach ((long contentId, Text text) in entries)
        {
            command.Parameters["@id"].Value = contentId;
            command.Parameters["@h"].Value = text.Header;
            command.Parameters["@b"].Value = text.Body;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Adds one content's text to the index.</summary>
    public static async ValueTask IndexAsync(SqliteConnection connection, SqliteTransaction transaction, long contentId,
        ParsedMessage parsed, Stream content, bool withBody, CancellationToken cancellationToken)
    {
        var text = new SearchableContent(parsed, content);
        string header = Fold(text.HeaderText);
        string body = withBody ? Fold(text.BodyText) : "";
        await connection.ExecuteAsync(transaction, "INSERT INTO content_fts(rowid, header, body) VALUES (@id, @h, @b)", cancellationToken,
            ("@id", contentId), ("@h", header), ("@b", body)).ConfigureAwait(false);
    }

    /// <summary>
    /// The FTS5 query for a needle, or null when the index cannot narrow it: trigrams need three characters, and a
    /// line break could span two header fields that the index holds as one text.
    /// </summary>
    public static string? Query(string? column, string needle)
    {
        if (needle.EnumerateRunes().Take(3).Count() < 3 || needle.AsSpan().IndexOfAny('\r', '\n') >= 0) return null;
        var sb = new StringBuilder();
        if (column is not null) sb.Append('{').Append(column).Append("} : ");
        sb.Append('"').Append(Fold(needle).Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return sb.ToString();
    }
}
