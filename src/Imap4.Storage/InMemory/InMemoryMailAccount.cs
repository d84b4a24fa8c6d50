using Imap4.Protocol.Primitives;

namespace Imap4.Storage.InMemory;

/// <summary>A handle on one account of an <see cref="InMemoryMailStore"/>.</summary>
internal sealed partial class InMemoryMailAccount(InMemoryMailStore store, AccountState state) : IMailAccount
{
    public string User => state.User;

    public IAsyncEnumerable<MailboxListEntry> ListMailboxesAsync(CancellationToken cancellationToken = default) =>
        AsyncSequence.Of(() => Locked(ListEntries), cancellationToken);

    private MailboxListEntry[] ListEntries()
    {
        var names = state.Mailboxes.Keys.Concat(state.Placeholders).Order(StringComparer.Ordinal).ToArray();
        var parents = new HashSet<string>(names.SelectMany(MailboxPath.GetAncestors), StringComparer.Ordinal);
        return Array.ConvertAll(names, name =>
        {
            state.Mailboxes.TryGetValue(name, out MailboxState? box);
            MailboxListAttributes a = parents.Contains(name) ? MailboxListAttributes.HasChildren : MailboxListAttributes.HasNoChildren;
            if (box is null) a |= MailboxListAttributes.NoSelect;
            if (state.Subscriptions.Contains(name)) a |= MailboxListAttributes.Subscribed;
            return new MailboxListEntry(new MailboxName(name), a, box?.SpecialUse ?? SpecialUse.None, box?.Id);
        });
    }

    public ValueTask<IMailbox> OpenMailboxAsync(MailboxName name, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        cancellationToken.ThrowIfCancellationRequested();
        return new(Locked(() => Handle(state.Mailboxes.TryGetValue(canonical, out MailboxState? box) ? box
            : throw new MailStoreException(MailStoreError.NonExistent, $"Mailbox \"{canonical}\" does not exist."))));
    }

    public ValueTask<IMailbox> CreateMailboxAsync(MailboxName name, SpecialUse specialUse = SpecialUse.None, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        cancellationToken.ThrowIfCancellationRequested();
        return new(Locked(() =>
        {
            if (state.Mailboxes.ContainsKey(canonical))
                throw new MailStoreException(MailStoreError.AlreadyExists, $"Mailbox \"{canonical}\" already exists.");
            MailboxState box = state.NewMailbox(canonical, specialUse);
            state.CreateAncestors(canonical);
            state.Placeholders.Remove(canonical);
            state.Mailboxes[canonical] = box;
            return Handle(box);
        }));
    }

    public ValueTask DeleteMailboxAsync(MailboxName name, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        cancellationToken.ThrowIfCancellationRequested();
        Locked(() => Delete(canonical));
        return ValueTask.CompletedTask;
    }

    private bool Delete(string name)
    {
        if (MailboxPath.IsInbox(name)) throw new MailStoreException(MailStoreError.Cannot, "INBOX cannot be deleted.");
        bool inferiors = state.HasInferiors(name);
        if (state.Mailboxes.Remove(name, out MailboxState? box))
        {
            state.Account(-box.Messages.Values.Sum(e => e.Info.Size), -box.Messages.Count);
            box.Messages.Clear();
            box.Deleted = true;
            box.Notifier.Complete();
            if (inferiors) state.Placeholders.Add(name);
            return true;
        }
        if (!state.Placeholders.Contains(name))
            throw new MailStoreException(MailStoreError.NonExistent, $"Mailbox \"{name}\" does not exist.");
        if (inferiors)
            throw new MailStoreException(MailStoreError.HasChildren, $"\"{name}\" is \\Noselect and has inferior names.");
        return state.Placeholders.Remove(name);
    }

    public ValueTask SetSpecialUseAsync(MailboxName name, SpecialUse specialUse, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        cancellationToken.ThrowIfCancellationRequested();
        Locked(() => (state.Mailboxes.TryGetValue(canonical, out MailboxState? box) ? box
            : throw new MailStoreException(MailStoreError.NonExistent, $"Mailbox \"{canonical}\" does not exist.")).SpecialUse = specialUse);
        return ValueTask.CompletedTask;
    }

    public ValueTask SubscribeAsync(MailboxName name, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        cancellationToken.ThrowIfCancellationRequested();
        Locked(() => state.Subscriptions.Add(canonical));
        return ValueTask.CompletedTask;
    }

    public ValueTask UnsubscribeAsync(MailboxName name, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        cancellationToken.ThrowIfCancellationRequested();
        Locked(() => state.Subscriptions.Remove(canonical));
        return ValueTask.CompletedTask;
    }

    public IAsyncEnumerable<MailboxName> ListSubscriptionsAsync(CancellationToken cancellationToken = default) =>
        AsyncSequence.Of(() => Locked(() => state.Subscriptions.Order(StringComparer.Ordinal).Select(n => new MailboxName(n)).ToArray()), cancellationToken);

    public ValueTask<QuotaUsage> GetQuotaAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(Locked(() => new QuotaUsage(state.UsedBytes, state.UsedMessages, state.Limits)));
    }

    public ValueTask SetQuotaAsync(QuotaLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        cancellationToken.ThrowIfCancellationRequested();
        Locked(() => state.Limits = limits);
        return ValueTask.CompletedTask;
    }

    private InMemoryMailbox Handle(MailboxState box) => new(store, state, box);

    /// <summary>Runs under the account lock after checking the account still exists.</summary>
    private T Locked<T>(Func<T> action)
    {
        lock (state.Gate)
        {
            state.ThrowIfDeleted();
            return action();
        }
    }
}
