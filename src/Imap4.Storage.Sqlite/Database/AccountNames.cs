using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Database;

/// <summary>Every name of one account at one snapshot: selectable mailboxes (with their rows) and \Noselect names.</summary>
internal sealed class AccountNames
{
    private AccountNames(Dictionary<string, MailboxRow> mailboxes, HashSet<string> placeholders)
    {
        Mailboxes = mailboxes;
        Placeholders = placeholders;
    }

    public Dictionary<string, MailboxRow> Mailboxes { get; }

    public HashSet<string> Placeholders { get; }

    public static async ValueTask<AccountNames> LoadAsync(SqliteConnection c, SqliteTransaction t, long accountId, CancellationToken ct)
    {
        var boxes = (await c.ListAsync(t, $"SELECT {MailboxRow.Columns} FROM mailbox WHERE account_id = @a", MailboxRow.Read, ct, ("@a", accountId))
            .ConfigureAwait(false)).ToDictionary(b => b.Name, StringComparer.Ordinal);
        var placeholders = (await c.ListAsync(t, "SELECT name FROM noselect WHERE account_id = @a", r => r.GetString(0), ct, ("@a", accountId))
            .ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        return new AccountNames(boxes, placeholders);
    }

    public bool Exists(string name) => Mailboxes.ContainsKey(name) || Placeholders.Contains(name);

    public bool HasInferiors(string name) =>
        Mailboxes.Keys.Any(n => MailboxPath.IsInferior(n, name)) || Placeholders.Any(n => MailboxPath.IsInferior(n, name));

    /// <summary>Creates the missing superiors of a name as ordinary mailboxes (\Noselect ones stay).</summary>
    public async ValueTask CreateAncestorsAsync(SqliteConnection c, SqliteTransaction t, long accountId, string name, TimeProvider clock, CancellationToken ct)
    {
        foreach (string ancestor in MailboxPath.GetAncestors(name))
            if (!Exists(ancestor)) Mailboxes[ancestor] = await Writes.CreateMailboxAsync(c, t, accountId, ancestor, SpecialUse.None, clock, ct).ConfigureAwait(false);
    }
}
