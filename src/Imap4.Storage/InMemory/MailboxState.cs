using Imap4.Protocol.Primitives;

namespace Imap4.Storage.InMemory;

/// <summary>One mailbox's data. Guarded by its account's lock.</summary>
internal sealed class MailboxState(string id, string name, uint uidValidity, SpecialUse specialUse)
{
    public string Id { get; } = id;

    public string Name { get; set; } = name;

    public uint UidValidity { get; } = uidValidity;

    public uint UidNext { get; set; } = 1;

    public ulong HighestModSeq { get; private set; } = 1;

    public SpecialUse SpecialUse { get; set; } = specialUse;

    public SortedDictionary<uint, MessageEntry> Messages { get; } = [];

    /// <summary>Expunged UIDs in mod-sequence order: the change log GetChangesSince reads VANISHED from.</summary>
    public List<(ulong ModSeq, uint Uid)> Tombstones { get; } = [];

    public HashSet<Flag> Keywords { get; } = [];

    public bool Deleted { get; set; }

    public ChangeNotifier Notifier { get; } = new();

    public ulong NextModSeq() => ++HighestModSeq;

    public void AddKeywords(IEnumerable<Flag> flags)
    {
        foreach (Flag f in flags)
            if (f.IsKeyword) Keywords.Add(f);
    }

    /// <summary>Removes messages under one mod-sequence, logging tombstones.</summary>
    public void Remove(IReadOnlyList<uint> uids, ulong modSeq)
    {
        foreach (uint uid in uids)
        {
            Messages.Remove(uid);
            Tombstones.Add((modSeq, uid));
        }
    }

    public MailStoreException Gone(uint uid) => uid < UidNext
        ? new MailStoreException(MailStoreError.ExpungeIssued, $"Message UID {uid} has been expunged.")
        : new MailStoreException(MailStoreError.NonExistent, $"There is no message with UID {uid}.");
}
