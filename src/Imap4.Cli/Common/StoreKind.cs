namespace Imap4.Cli.Common;

/// <summary>Which mail store <c>imap4 serve</c> uses.</summary>
public enum StoreKind
{
    /// <summary>The embedded SQLite store in the data directory (durable).</summary>
    Sqlite,

    /// <summary>An in-memory store (lost when the server stops; for trying things out).</summary>
    Memory,
}
