using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>A mailbox as SELECT or EXAMINE described it.</summary>
/// <param name="Name">The folder (as <see cref="FolderInfo.Name"/>).</param>
public sealed record MailboxInfo(string Name)
{
    /// <summary>True when opened read-only (EXAMINE, or the server said <c>[READ-ONLY]</c>).</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>Number of messages (EXISTS).</summary>
    public uint Exists { get; init; }

    /// <summary>Number of recent messages (RECENT; IMAP4rev1 only, else 0).</summary>
    public uint Recent { get; init; }

    /// <summary>The flags defined in the mailbox (FLAGS).</summary>
    public IReadOnlyList<Flag> Flags { get; init; } = [];

    /// <summary>The flags that can be changed permanently (PERMANENTFLAGS); may include <c>\*</c>.</summary>
    public IReadOnlyList<Flag> PermanentFlags { get; init; } = [];

    /// <summary>The next UID (UIDNEXT), when sent.</summary>
    public uint? UidNext { get; init; }

    /// <summary>The UID validity (UIDVALIDITY), when sent.</summary>
    public uint? UidValidity { get; init; }

    /// <summary>The sequence number of the first unseen message (IMAP4rev1 UNSEEN code), when sent.</summary>
    public uint? FirstUnseen { get; init; }

    /// <summary>The highest mod-sequence (CONDSTORE), when sent.</summary>
    public ulong? HighestModSeq { get; init; }

    /// <summary>True when the server said <c>[NOMODSEQ]</c>: no mod-sequences in this mailbox.</summary>
    public bool NoModSeq { get; init; }

    /// <summary>The mailbox's object id (OBJECTID), when sent.</summary>
    public string? MailboxId { get; init; }

    /// <summary>With QRESYNC: UIDs expunged since the known state (<c>VANISHED (EARLIER)</c>), else null.</summary>
    public UidSet? Vanished { get; init; }

    /// <summary>With QRESYNC: messages changed since the known mod-sequence (their FETCH responses), else empty.</summary>
    public IReadOnlyList<FetchResult> Changed { get; init; } = [];

    internal static MailboxInfo From(string name, bool examine, ImapCommandResult result)
    {
        var info = new MailboxInfo(name) { IsReadOnly = examine };
        var vanished = new List<SequenceRange>();
        var changed = new List<FetchResult>();
        foreach (UntaggedResponse r in result.Untagged)
        {
            info = r switch
            {
                ExistsResponse e => info with { Exists = e.Count },
                RecentResponse e => info with { Recent = e.Count },
                FlagsResponse f => info with { Flags = f.Flags },
                _ => info,
            };
            if (r is VanishedResponse v) vanished.AddRange(v.Uids.Ranges);
            else if (r is FetchResponse f) changed.Add(new FetchResult(f));
        }
        foreach (ResponseCode code in result.GetResponseCodes()) info = Apply(info, code);
        return info with { Vanished = vanished.Count > 0 ? new UidSet(vanished) : null, Changed = changed };
    }

    private static MailboxInfo Apply(MailboxInfo info, ResponseCode code) => code switch
    {
        PermanentFlagsCode p => info with { PermanentFlags = p.Flags },
        UidNextCode u => info with { UidNext = u.Uid },
        UidValidityCode u => info with { UidValidity = u.UidValidity },
        UnseenCode u => info with { FirstUnseen = u.SequenceNumber },
        HighestModSeqCode h => info with { HighestModSeq = h.ModSeq },
        MailboxIdCode m => info with { MailboxId = m.MailboxId },
        _ when code.Name == "NOMODSEQ" => info with { NoModSeq = true },
        _ when code.Name == "READ-ONLY" => info with { IsReadOnly = true },
        _ when code.Name == "READ-WRITE" => info with { IsReadOnly = false },
        _ => info,
    };
}
