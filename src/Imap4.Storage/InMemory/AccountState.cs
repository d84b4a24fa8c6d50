namespace Imap4.Storage.InMemory;

/// <summary>One account's data and the lock that guards it and all its mailboxes.</summary>
internal sealed class AccountState
{
    public AccountState(string user, QuotaLimits limits, uint uidValiditySeed)
    {
        User = user;
        Limits = limits;
        LastUidValidity = uidValiditySeed;
        Mailboxes["INBOX"] = NewMailbox("INBOX", SpecialUse.None);
    }

    public Lock Gate { get; } = new();

    public string User { get; }

    /// <summary>Selectable mailboxes by canonical name.</summary>
    public Dictionary<string, MailboxState> Mailboxes { get; } = new(StringComparer.Ordinal);

    /// <summary>\Noselect names left by deleting a mailbox that had inferiors.</summary>
    public HashSet<string> Placeholders { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Subscriptions { get; } = new(StringComparer.Ordinal);

    public QuotaLimits Limits { get; set; }

    public long UsedBytes { get; set; }

    public long UsedMessages { get; set; }

    public uint LastUidValidity { get; private set; }

    public bool Deleted { get; set; }

    public bool Exists(string name) => Mailboxes.ContainsKey(name) || Placeholders.Contains(name);

    public bool HasInferiors(string name) =>
        Mailboxes.Keys.Any(n => MailboxPath.IsInferior(n, name)) || Placeholders.Any(n => MailboxPath.IsInferior(n, name));

    public MailboxState NewMailbox(string name, SpecialUse specialUse)
    {
        if (LastUidValidity == uint.MaxValue) throw new MailStoreException(MailStoreError.Limit, "UIDVALIDITY values are exhausted.");
        return new MailboxState("F" + Guid.NewGuid().ToString("N"), name, ++LastUidValidity, specialUse);
    }

    /// <summary>Creates the missing superiors of a name as ordinary mailboxes (\Noselect ones stay).</summary>
    public void CreateAncestors(string name)
    {
        foreach (string ancestor in MailboxPath.GetAncestors(name))
            if (!Exists(ancestor)) Mailboxes[ancestor] = NewMailbox(ancestor, SpecialUse.None);
    }

    public void EnsureQuota(long addBytes, long addMessages)
    {
        if (Limits.StorageKiB is long kib && addBytes > 0 && UsedBytes + addBytes > kib * 1024)
            throw new MailStoreException(MailStoreError.OverQuota, "The account's storage quota would be exceeded.");
        if (Limits.Messages is long max && addMessages > 0 && UsedMessages + addMessages > max)
            throw new MailStoreException(MailStoreError.OverQuota, "The account's message quota would be exceeded.");
    }

    public void Account(long bytes, long messages)
    {
        UsedBytes += bytes;
        UsedMessages += messages;
    }

    public void ThrowIfDeleted()
    {
        if (Deleted) throw new MailStoreException(MailStoreError.NonExistent, $"The account {User} no longer exists.");
    }
}
