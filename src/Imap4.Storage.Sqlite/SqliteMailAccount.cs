using System.Runtime.CompilerServices;
using Imap4.Protocol.Primitives;
using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite;

/// <summary>A handle on one account of a <see cref="SqliteMailStore"/>, bound to the account's row id.</summary>
internal sealed partial class SqliteMailAccount(SqliteMailStore store, long accountId, string user) : IMailAccount
{
    public string User => user;

    private SqliteDatabase Db => store.Database;

    private TimeProvider Clock => store.Options.TimeProvider;

    public async IAsyncEnumerable<MailboxListEntry> ListMailboxesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        (AccountNames names, HashSet<string> subscribed) = await Db.ReadAsync(async (c, t, ct) =>
        {
            await RequireAsync(c, t, ct).ConfigureAwait(false);
            return (await AccountNames.LoadAsync(c, t, accountId, ct).ConfigureAwait(false),
                (await SubscriptionsAsync(c, t, ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal));
        }, cancellationToken).ConfigureAwait(false);
        string[] all = [.. names.Mailboxes.Keys.Concat(names.Placeholders).Order(StringComparer.Ordinal)];
        var parents = new HashSet<string>(all.SelectMany(MailboxPath.GetAncestors), StringComparer.Ordinal);
        foreach (string name in all)
        {
            names.Mailboxes.TryGetValue(name, out MailboxRow? box);
            MailboxListAttributes a = parents.Contains(name) ? MailboxListAttributes.HasChildren : MailboxListAttributes.HasNoChildren;
            if (box is null) a |= MailboxListAttributes.NoSelect;
            if (subscribed.Contains(name)) a |= MailboxListAttributes.Subscribed;
            yield return new MailboxListEntry(new MailboxName(name), a, box?.SpecialUse ?? SpecialUse.None, box?.ObjectId);
        }
    }

    public async ValueTask<IMailbox> OpenMailboxAsync(MailboxName name, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        MailboxRow row = await Db.ReadAsync(async (c, t, ct) =>
        {
            await RequireAsync(c, t, ct).ConfigureAwait(false);
            return await MailboxRow.ByNameAsync(c, t, accountId, canonical, ct).ConfigureAwait(false)
                ?? throw new MailStoreException(MailStoreError.NonExistent, $"Mailbox \"{canonical}\" does not exist.");
        }, cancellationToken).ConfigureAwait(false);
        return new SqliteMailbox(store, row);
    }

    public async ValueTask<IMailbox> CreateMailboxAsync(MailboxName name, SpecialUse specialUse = SpecialUse.None, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        MailboxRow row = await WriteAsync(async (c, t, names, ct) =>
        {
            if (names.Mailboxes.ContainsKey(canonical))
                throw new MailStoreException(MailStoreError.AlreadyExists, $"Mailbox \"{canonical}\" already exists.");
            MailboxRow box = await Writes.CreateMailboxAsync(c, t, accountId, canonical, specialUse, Clock, ct).ConfigureAwait(false);
            names.Mailboxes[canonical] = box;
            await names.CreateAncestorsAsync(c, t, accountId, canonical, Clock, ct).ConfigureAwait(false);
            await c.ExecuteAsync(t, "DELETE FROM noselect WHERE account_id = @a AND name = @n", ct, ("@a", accountId), ("@n", canonical)).ConfigureAwait(false);
            return box;
        }, cancellationToken).ConfigureAwait(false);
        return new SqliteMailbox(store, row);
    }

    public async ValueTask DeleteMailboxAsync(MailboxName name, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        if (MailboxPath.IsInbox(canonical)) throw new MailStoreException(MailStoreError.Cannot, "INBOX cannot be deleted.");
        long? deleted = await WriteAsync((c, t, names, ct) => DeleteAsync(c, t, names, canonical, ct), cancellationToken).ConfigureAwait(false);
        if (deleted is long id) store.Signals.Complete([id]);
    }

    private async ValueTask<long?> DeleteAsync(SqliteConnection c, SqliteTransaction t, AccountNames names, string name, CancellationToken ct)
    {
        bool inferiors = names.HasInferiors(name);
        if (names.Mailboxes.TryGetValue(name, out MailboxRow? box))
        {
            var (bytes, count) = (await c.ListAsync(t, "SELECT coalesce(sum(size), 0), count(*) FROM message WHERE mailbox_id = @m",
                r => (r.GetInt64(0), r.GetInt64(1)), ct, ("@m", box.Id)).ConfigureAwait(false))[0];
            await c.ExecuteAsync(t, "DELETE FROM mailbox WHERE id = @m", ct, ("@m", box.Id)).ConfigureAwait(false);
            await Writes.AddUsageAsync(c, t, accountId, -bytes, -count, ct).ConfigureAwait(false);
            await Writes.DeleteOrphanContentAsync(c, t, null, ct).ConfigureAwait(false);
            if (inferiors) await c.ExecuteAsync(t, "INSERT INTO noselect(account_id, name) VALUES (@a, @n)", ct, ("@a", accountId), ("@n", name)).ConfigureAwait(false);
            return box.Id;
        }
        if (!names.Placeholders.Contains(name)) throw new MailStoreException(MailStoreError.NonExistent, $"Mailbox \"{name}\" does not exist.");
        if (inferiors) throw new MailStoreException(MailStoreError.HasChildren, $"\"{name}\" is \\Noselect and has inferior names.");
        await c.ExecuteAsync(t, "DELETE FROM noselect WHERE account_id = @a AND name = @n", ct, ("@a", accountId), ("@n", name)).ConfigureAwait(false);
        return null;
    }

    public async ValueTask SetSpecialUseAsync(MailboxName name, SpecialUse specialUse, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        await WriteAccountAsync(async (c, t, ct) =>
        {
            int n = await c.ExecuteAsync(t, "UPDATE mailbox SET special_use = @s WHERE account_id = @a AND name = @n", ct,
                ("@s", (int)specialUse), ("@a", accountId), ("@n", canonical)).ConfigureAwait(false);
            return n > 0 ? true : throw new MailStoreException(MailStoreError.NonExistent, $"Mailbox \"{canonical}\" does not exist.");
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask SubscribeAsync(MailboxName name, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        await WriteAccountAsync((c, t, ct) => c.ExecuteAsync(t, "INSERT OR IGNORE INTO subscription(account_id, name) VALUES (@a, @n)", ct,
            ("@a", accountId), ("@n", canonical)), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask UnsubscribeAsync(MailboxName name, CancellationToken cancellationToken = default)
    {
        string canonical = MailboxPath.Normalize(name);
        await WriteAccountAsync((c, t, ct) => c.ExecuteAsync(t, "DELETE FROM subscription WHERE account_id = @a AND name = @n", ct,
            ("@a", accountId), ("@n", canonical)), cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<MailboxName> ListSubscriptionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<string> names = await Db.ReadAsync(async (c, t, ct) =>
        {
            await RequireAsync(c, t, ct).ConfigureAwait(false);
            return await SubscriptionsAsync(c, t, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        names.Sort(StringComparer.Ordinal);
        foreach (string name in names) yield return new MailboxName(name);
    }

    public ValueTask<QuotaUsage> GetQuotaAsync(CancellationToken cancellationToken = default) => Db.ReadAsync(async (c, t, ct) =>
        (await c.ListAsync(t, "SELECT used_bytes, used_messages, quota_storage_kib, quota_messages FROM account WHERE id = @a",
            r => new QuotaUsage(r.GetInt64(0), r.GetInt64(1), new QuotaLimits(r.IsDBNull(2) ? null : r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt64(3))),
            ct, ("@a", accountId)).ConfigureAwait(false)).FirstOrDefault() ?? throw Gone(), cancellationToken);

    public async ValueTask SetQuotaAsync(QuotaLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        await WriteAccountAsync((c, t, ct) => c.ExecuteAsync(t, "UPDATE account SET quota_storage_kib = @s, quota_messages = @m WHERE id = @a", ct,
            ("@s", limits.StorageKiB), ("@m", limits.Messages), ("@a", accountId)), cancellationToken).ConfigureAwait(false);
    }

    private ValueTask<List<string>> SubscriptionsAsync(SqliteConnection c, SqliteTransaction t, CancellationToken ct) =>
        c.ListAsync(t, "SELECT name FROM subscription WHERE account_id = @a", r => r.GetString(0), ct, ("@a", accountId));

    private async ValueTask RequireAsync(SqliteConnection c, SqliteTransaction t, CancellationToken ct)
    {
        if (await c.LongAsync(t, "SELECT 1 FROM account WHERE id = @a", ct, ("@a", accountId)).ConfigureAwait(false) is null) throw Gone();
    }

    private MailStoreException Gone() => new(MailStoreError.NonExistent, $"The account {user} no longer exists.");

    /// <summary>A write transaction after checking the account still exists, with its names loaded.</summary>
    private ValueTask<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, AccountNames, CancellationToken, ValueTask<T>> work,
        CancellationToken cancellationToken) => WriteAccountAsync(async (c, t, ct) =>
            await work(c, t, await AccountNames.LoadAsync(c, t, accountId, ct).ConfigureAwait(false), ct).ConfigureAwait(false), cancellationToken);

    /// <summary>A write transaction after checking the account still exists.</summary>
    private ValueTask<T> WriteAccountAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, ValueTask<T>> work,
        CancellationToken cancellationToken) => Db.WriteAsync(async (c, t, ct) =>
        {
            await RequireAsync(c, t, ct).ConfigureAwait(false);
            return await work(c, t, ct).ConfigureAwait(false);
        }, cancellationToken);
}
