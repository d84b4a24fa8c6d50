namespace Imap4.Protocol.Wire;

/// <summary>Choices that change how <see cref="ImapWriter"/> encodes values.</summary>
public sealed record ImapWriterOptions
{
    /// <summary>Options for a server writing responses: literals never wait for continuation.</summary>
    public static ImapWriterOptions Server { get; } = new() { IsClient = false };

    /// <summary>Options for a plain IMAP client (synchronizing literals, no UTF-8 in quoted strings).</summary>
    public static ImapWriterOptions Client { get; } = new();

    /// <summary>True when writing commands as a client: synchronizing literals become continuation points.</summary>
    public bool IsClient { get; init; } = true;

    /// <summary>Which literal syntax a client uses (ignored by servers, which always write <c>{n}</c>).</summary>
    public LiteralMode LiteralMode { get; init; } = LiteralMode.Synchronizing;

    /// <summary>
    /// True once UTF8=ACCEPT is enabled (or for IMAP4rev2): UTF-8 text may be written in quoted strings instead of literals.
    /// </summary>
    public bool Utf8 { get; init; }

    /// <summary>Strings longer than this many bytes are written as literals even when they could be quoted.</summary>
    public int MaxQuotedLength { get; init; } = 1024;
}
