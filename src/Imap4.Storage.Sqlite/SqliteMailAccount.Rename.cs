using Imap4.Protocol.Primitives;
using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite;

internal sealed partial class SqliteMailAccount
{
    public async ValueTask RenameMailboxAsync(MailboxName oldName, MailboxName newName, CancellationToken cancellationToken = default)
    {
        string source = MailboxPath.Normalize(oldName);
        string target = MailboxPath.Normalize(newName);
        (long Id, ulong ModSeq)? inbox = await WriteAsync(async (c, t, names, ct) =>
        {
            if (MailboxPath.IsInbox(source)) return await RenameInboxAsync(c, t, names, target, ct).ConfigureAwait(false);
            await RenameAsync(c, t, names, source, target, ct).ConfigureAwait(false);
            return ((long, ulong)?)null;
        }, cancellationToken).ConfigureAwait(false);
        if (inbox is (long id, ulong modSeq)) store.Signals.Publish(id, modSeq);
    }

    private async ValueTask RenameAsync(SqliteConnection c, SqliteTransaction t, AccountNames names, string source, string target, CancellationToken ct)
    {
        if (!names.Exists(source)) throw new MailStoreException(MailStoreError.NonExistent, $"Mailbox \"{source}\" does not exist.");
        if (names.Exists(target)) throw new MailStoreException(MailStoreError.AlreadyExists, $"Mailbox \"{target}\" already exists.");
        if (MailboxPath.IsInferior(target, source))
            throw new MailStoreException(MailStoreError.Cannot, $"\"{source}\" cannot be renamed into its own inferior.");

        bool Moves(string n) => n == source || MailboxPath.IsInferior(n, source);
        string Renamed(string n) => target + n[source.Length..];
        MailboxRow[] boxes = [.. names.Mailboxes.Values.Where(b => Moves(b.Name))];
        string[] placeholders = [.. names.Placeholders.Where(Moves)];
        if (boxes.Select(b => b.Name).Concat(placeholders).Select(Renamed).Any(names.Exists))
            throw new MailStoreException(MailStoreError.AlreadyExists, $"A mailbox below \"{target}\" already exists.");

        foreach (MailboxRow box in boxes) names.Mailboxes.Remove(box.Name);
        foreach (string p in placeholders) names.Placeholders.Remove(p);
        await names.CreateAncestorsAsync(c, t, accountId, target, Clock, ct).ConfigureAwait(false);
        foreach (MailboxRow box in boxes)
            await c.ExecuteAsync(t, "UPDATE mailbox SET name = @n WHERE id = @m", ct, ("@n", Renamed(box.Name)), ("@m", box.Id)).ConfigureAwait(false);
        foreach (string p in placeholders)
            await c.ExecuteAsync(t, "UPDATE noselect SET name = @n WHERE account_id = @a AND name = @o", ct,
                ("@n", Renamed(p)), ("@a", accountId), ("@o", p)).ConfigureAwait(false);
    }

    // RFC 9051 6.3.6: the messages move to a new mailbox; INBOX stays, empty, with its inferiors and its UIDNEXT.
    private async ValueTask<(long, ulong)?> RenameInboxAsync(SqliteConnection c, SqliteTransaction t, AccountNames names, string target, CancellationToken ct)
    {
        if (names.Exists(target)) throw new MailStoreException(MailStoreError.AlreadyExists, $"Mailbox \"{target}\" already exists.");
        MailboxRow inbox = names.Mailboxes["INBOX"];
        MailboxRow box = await Writes.CreateMailboxAsync(c, t, accountId, target, SpecialUse.None, Clock, ct).ConfigureAwait(false);
        names.Mailboxes[target] = box;
        await names.CreateAncestorsAsync(c, t, accountId, target, Clock, ct).ConfigureAwait(false);
        if (await c.LongAsync(t, "SELECT count(*) FROM message WHERE mailbox_id = @m", ct, ("@m", inbox.Id)).ConfigureAwait(false) == 0) return null;

        ulong inboxModSeq = inbox.HighestModSeq + 1;
        await c.ExecuteAsync(t, "INSERT INTO tombstone(mailbox_id, uid, modseq) SELECT mailbox_id, uid, @s FROM message WHERE mailbox_id = @m", ct,
            ("@s", (long)inboxModSeq), ("@m", inbox.Id)).ConfigureAwait(false);
        await c.ExecuteAsync(t, "UPDATE message SET mailbox_id = @n, modseq = 2 WHERE mailbox_id = @m", ct, ("@n", box.Id), ("@m", inbox.Id)).ConfigureAwait(false);
        await c.ExecuteAsync(t, "INSERT INTO keyword(mailbox_id, name) SELECT @n, name FROM keyword WHERE mailbox_id = @m", ct,
            ("@n", box.Id), ("@m", inbox.Id)).ConfigureAwait(false);
        await c.ExecuteAsync(t, "UPDATE mailbox SET uid_next = @u, highest_modseq = 2 WHERE id = @n", ct, ("@u", (long)inbox.UidNext), ("@n", box.Id)).ConfigureAwait(false);
        await c.ExecuteAsync(t, "UPDATE mailbox SET highest_modseq = @s WHERE id = @m", ct, ("@s", (long)inboxModSeq), ("@m", inbox.Id)).ConfigureAwait(false);
        return (inbox.Id, inboxModSeq);
    }
}
