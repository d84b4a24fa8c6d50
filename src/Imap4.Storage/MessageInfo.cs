using Imap4.Protocol.Primitives;

namespace Imap4.Storage;

/// <summary>A message's metadata at one mod-sequence. Content is read with <see cref="IMailbox.OpenContentAsync"/>.</summary>
public sealed record MessageInfo
{
    /// <summary>The UID.</summary>
    public required uint Uid { get; init; }

    /// <summary>System flags and keywords, without <c>\Recent</c> (a session notion), each once.</summary>
    public required IReadOnlyList<Flag> Flags { get; init; }

    /// <summary>The mod-sequence of the last change to this message (RFC 7162).</summary>
    public required ulong ModSeq { get; init; }

    /// <summary>INTERNALDATE, with the zone it was given in.</summary>
    public required DateTimeOffset InternalDate { get; init; }

    /// <summary>SAVEDATE (RFC 8514): when the message was put into this mailbox.</summary>
    public required DateTimeOffset SaveDate { get; init; }

    /// <summary>The EMAILID objectid (RFC 8474): the same for copies of one message.</summary>
    public required string EmailId { get; init; }

    /// <summary>What was computed from the content at append.</summary>
    public required MessageSummary Summary { get; init; }

    /// <summary>RFC822.SIZE.</summary>
    public long Size => Summary.Size;

    /// <summary>True when the message has <paramref name="flag"/> (case-insensitively).</summary>
    /// <param name="flag">The flag.</param>
    public bool HasFlag(Flag flag)
    {
        foreach (Flag f in Flags)
            if (f == flag) return true;
        return false;
    }
}
