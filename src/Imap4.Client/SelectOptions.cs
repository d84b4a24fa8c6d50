using Imap4.Protocol.Commands;

namespace Imap4.Client;

/// <summary>Parameters of SELECT and EXAMINE.</summary>
public sealed record SelectOptions
{
    /// <summary>Open read-only (EXAMINE). Default false.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Turn on CONDSTORE (RFC 7162): mod-sequences in the response and in FETCH. Needs CONDSTORE.</summary>
    public bool CondStore { get; init; }

    /// <summary>
    /// Quick resynchronisation (RFC 7162): the known UIDVALIDITY and mod-sequence; the server reports what vanished
    /// and changed since in <see cref="MailboxInfo.Vanished"/> and <see cref="MailboxInfo.Changed"/>. Needs QRESYNC
    /// (the client enables it).
    /// </summary>
    public QResyncParameters? QResync { get; init; }
}
