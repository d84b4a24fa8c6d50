using Imap4.Mime.Parsing;

namespace Imap4.Storage.Sqlite;

/// <summary>Settings of <see cref="SqliteMailStore"/>.</summary>
public sealed record SqliteMailStoreOptions
{
    /// <summary>The defaults.</summary>
    public static SqliteMailStoreOptions Default { get; } = new();

    /// <summary>The clock for internal and save dates and UIDVALIDITY seeds.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The largest message accepted, in bytes (larger ones fail with TOOBIG). Default 64 MiB.</summary>
    public long MaxMessageSize { get; init; } = 64L * 1024 * 1024;

    /// <summary>Quota limits of new accounts. Default unlimited.</summary>
    public QuotaLimits DefaultQuota { get; init; } = QuotaLimits.Unlimited;

    /// <summary>When true, opening an unknown account creates it. Default false.</summary>
    public bool CreateAccountsOnOpen { get; init; }

    /// <summary>Limits of the MIME parser used at append and when a structure is parsed again.</summary>
    public MimeParserOptions ParserOptions { get; init; } = MimeParserOptions.Default;

    /// <summary>
    /// When true (the default) every commit is flushed to stable storage before it is acknowledged
    /// (<c>PRAGMA synchronous=FULL</c>): an acknowledged change survives a power loss. When false
    /// (<c>NORMAL</c>) it survives a process crash but the last commits may be lost on power loss.
    /// </summary>
    public bool DurableCommits { get; init; } = true;

    /// <summary>
    /// The most writes (APPEND, STORE, EXPUNGE, ...) of concurrent sessions committed together in one transaction and
    /// one sync (group commit); each still succeeds or fails on its own. 1 commits every write alone. Default 64.
    /// </summary>
    public int MaxWritesPerCommit
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), "At least 1.");
    } = 64;

    /// <summary>Messages up to this many bytes get their body text indexed for full-text search; larger ones
    /// have only their header indexed and are always checked by reading them. Default 1 MiB.</summary>
    public long MaxIndexedMessageSize { get; init; } = 1024 * 1024;

    /// <summary>
    /// Mailboxes with fewer messages than this are searched by reading their messages rather than through the full-text
    /// index, whose lookups cost in proportion to the matches in the whole database (it spans every account). 0 always
    /// uses the index. Default 64.
    /// </summary>
    public int MinIndexedSearchMailbox
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "At least 0.");
    } = 64;

    /// <summary>Messages up to this many bytes are held in memory between reading and storing; larger ones are
    /// spooled to a temporary file. Default 1 MiB.</summary>
    public int MemorySpoolLimit { get; init; } = 1024 * 1024;

    /// <summary>How often a watcher looks at the database for changes made by other processes. Default 2 s.</summary>
    public TimeSpan WatchPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The database file name used when the store is opened on a directory. Default <c>mail.db</c>.</summary>
    public string FileName { get; init; } = "mail.db";
}
