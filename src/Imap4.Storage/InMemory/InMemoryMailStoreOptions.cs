using Imap4.Mime.Parsing;

namespace Imap4.Storage.InMemory;

/// <summary>Settings of <see cref="InMemoryMailStore"/>.</summary>
public sealed record InMemoryMailStoreOptions
{
    /// <summary>The defaults.</summary>
    public static InMemoryMailStoreOptions Default { get; } = new();

    /// <summary>The clock for internal and save dates and UIDVALIDITY seeds.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The largest message accepted, in bytes (larger ones fail with TOOBIG). Default 64 MiB.</summary>
    public long MaxMessageSize { get; init; } = 64L * 1024 * 1024;

    /// <summary>Quota limits of new accounts. Default unlimited.</summary>
    public QuotaLimits DefaultQuota { get; init; } = QuotaLimits.Unlimited;

    /// <summary>When true, opening an unknown account creates it. Default false.</summary>
    public bool CreateAccountsOnOpen { get; init; }

    /// <summary>Limits of the MIME parser used at append.</summary>
    public MimeParserOptions ParserOptions { get; init; } = MimeParserOptions.Default;
}
