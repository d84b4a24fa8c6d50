using Imap4.Protocol.Primitives;

namespace Imap4.Storage.InMemory;

internal sealed partial class InMemoryMailAccount
{
    public ValueTask RenameMailboxAsync(MailboxName oldName, MailboxName newName, CancellationToken cancellationToken = default)
    {
        string source = MailboxPath.Normalize(oldName);
        string target = MailboxPath.Normalize(newName);
        cancellationToken.ThrowIfCancellationRequested();
        Locked(() => MailboxPath.IsInbox(source) ? RenameInbox(target) : Rename(source, target));
        return ValueTask.CompletedTask;
    }

    private bool Rename(string source, string target)
    {
        if (!state.Exists(source)) throw new MailStoreException(MailStoreError.NonExistent, $"Mailbox \"{source}\" does not exist.");
        if (state.Exists(target)) throw new MailStoreException(MailStoreError.AlreadyExists, $"Mailbox \"{target}\" already exists.");
        if (MailboxPath.IsInferior(target, source))
            throw new MailStoreException(MailStoreError.Cannot, $"\"{source}\" cannot be renamed into its own inferior.");

        bool Moves(string n) => n == source || MailboxPath.IsInferior(n, source);
        string Renamed(string n) => target + n[source.Length..];
        var boxes = state.Mailboxes.Where(p => Moves(p.Key)).Select(p => p.Value).ToArray();
        var placeholders = state.Placeholders.Where(Moves).ToArray();
        if (boxes.Select(b => b.Name).Concat(placeholders).Select(Renamed).Any(state.Exists))
            throw new MailStoreException(MailStoreError.AlreadyExists, $"A mailbox below \"{target}\" already exists.");

        foreach (MailboxState box in boxes) state.Mailboxes.Remove(box.Name);
        foreach (string p in placeholders) state.Placeholders.Remove(p);
        state.CreateAncestors(target);
        foreach (MailboxState box in boxes) state.Mailboxes[box.Name = Renamed(box.Name)] = box;
        foreach (string p in placeholders) state.Placeholders.Add(Renamed(p));
        return true;
    }

    // RFC 9051 6.3.6: the messages move to a new mailbox; INBOX stays, empty, with its inferiors.
    private bool RenameInbox(string target)
    {
        if (state.Exists(target)) throw new MailStoreException(MailStoreError.AlreadyExists, $"Mailbox \"{target}\" already exists.");
        MailboxState inbox = state.Mailboxes["INBOX"];
        MailboxState box = state.NewMailbox(target, SpecialUse.None);
        state.CreateAncestors(target);
        state.Mailboxes[target] = box;
        if (inbox.Messages.Count == 0) return true;

        ulong modSeq = box.NextModSeq();
        foreach (MessageEntry e in inbox.Messages.Values)
            box.Messages[e.Info.Uid] = e with { Info = e.Info with { ModSeq = modSeq } };
        box.UidNext = inbox.UidNext;
        box.AddKeywords(inbox.Keywords);
        inbox.Remove([.. inbox.Messages.Keys], inbox.NextModSeq());
        inbox.Notifier.Publish(inbox.HighestModSeq);
        return true;
    }
}
