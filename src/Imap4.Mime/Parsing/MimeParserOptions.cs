namespace Imap4.Mime.Parsing;

/// <summary>Limits of the MIME parser. Exceeding one never throws: the parser degrades and records a repair.</summary>
public sealed record MimeParserOptions
{
    /// <summary>The defaults.</summary>
    public static MimeParserOptions Default { get; } = new();

    /// <summary>Deepest nesting of multiparts and message/rfc822 parts parsed as structure; deeper ones are leaves. Default 100.</summary>
    public int MaxDepth { get; init; } = 100;

    /// <summary>Most header bytes kept per part; later fields are dropped (offsets stay exact). Default 4 MiB.</summary>
    public int MaxHeaderBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Most parts in one message; later boundaries are not split into parts. Default 10 000.</summary>
    public int MaxParts { get; init; } = 10_000;

    /// <summary>Whether message/global (RFC 6532) parts are parsed as encapsulated messages. Default false (Dovecot 2.3 does not).</summary>
    public bool ParseMessageGlobal { get; init; }
}
