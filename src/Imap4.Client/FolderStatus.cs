using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>What STATUS reported about a folder; items not asked for or not supported are null.</summary>
/// <param name="Name">The folder (as <see cref="FolderInfo.Name"/>).</param>
public sealed record FolderStatus(string Name)
{
    /// <summary>Number of messages.</summary>
    public uint? Messages { get; init; }

    /// <summary>Number of messages with <c>\Recent</c> (IMAP4rev1 only).</summary>
    public uint? Recent { get; init; }

    /// <summary>The next UID.</summary>
    public uint? UidNext { get; init; }

    /// <summary>The UID validity.</summary>
    public uint? UidValidity { get; init; }

    /// <summary>Number of messages without <c>\Seen</c>.</summary>
    public uint? Unseen { get; init; }

    /// <summary>Number of messages with <c>\Deleted</c> (IMAP4rev2).</summary>
    public uint? Deleted { get; init; }

    /// <summary>Total size in octets (STATUS=SIZE, IMAP4rev2).</summary>
    public ulong? Size { get; init; }

    /// <summary>The highest mod-sequence (CONDSTORE).</summary>
    public ulong? HighestModSeq { get; init; }

    /// <summary>The largest message APPEND accepts, in octets (APPENDLIMIT); null when unknown or unlimited.</summary>
    public ulong? AppendLimit { get; init; }

    /// <summary>The mailbox's object id (OBJECTID).</summary>
    public string? MailboxId { get; init; }

    internal static FolderStatus From(string name, MailboxStatusResponse s) => new(name)
    {
        Messages = s.Messages,
        Recent = s.Recent,
        UidNext = s.UidNext,
        UidValidity = s.UidValidity,
        Unseen = s.Unseen,
        Deleted = s.Deleted,
        Size = s.Size,
        HighestModSeq = s.HighestModSeq,
        AppendLimit = s.AppendLimit?.Bytes,
        MailboxId = s.MailboxId,
    };
}
