using Imap4.Protocol.Primitives;

namespace Imap4.Storage;

/// <summary>A consistent snapshot of a mailbox's counters (SELECT and STATUS data).</summary>
public sealed record MailboxStatus
{
    /// <summary>The current canonical name.</summary>
    public required MailboxName Name { get; init; }

    /// <summary>The MAILBOXID objectid (RFC 8474), stable across RENAME.</summary>
    public required string MailboxId { get; init; }

    /// <summary>UIDVALIDITY; never reused by a later mailbox of the same name.</summary>
    public required uint UidValidity { get; init; }

    /// <summary>The UID the next appended message will get at least.</summary>
    public required uint UidNext { get; init; }

    /// <summary>The highest mod-sequence of any change in the mailbox (RFC 7162).</summary>
    public required ulong HighestModSeq { get; init; }

    /// <summary>Number of messages.</summary>
    public required int Messages { get; init; }

    /// <summary>Number of messages without <c>\Seen</c>.</summary>
    public required int Unseen { get; init; }

    /// <summary>Number of messages with <c>\Deleted</c>.</summary>
    public required int Deleted { get; init; }

    /// <summary>Total RFC822.SIZE of the messages (STATUS SIZE).</summary>
    public required long Size { get; init; }

    /// <summary>Keywords used in the mailbox (for the FLAGS response).</summary>
    public required IReadOnlyList<Flag> Keywords { get; init; }

    /// <summary>The special uses.</summary>
    public required SpecialUse SpecialUse { get; init; }
}
