using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Database;

/// <summary>Write steps shared by accounts and mailboxes; each runs inside the caller's write transaction.</summary>
internal static class Writes
{
    /// <summary>
    /// A new UIDVALIDITY: above every value the store ever gave (kept in <c>store_meta</c>, so it also holds across
    /// deleted accounts and restarts) and at least the clock's seconds, so a restored older database still moves forward.
    /// </summary>
    public static async ValueTask<uint> NextUidValidityAsync(SqliteConnection c, SqliteTransaction t, TimeProvider clock, CancellationToken ct)
    {
        long last = await c.LongAsync(t, "SELECT value FROM store_meta WHERE key = 'last_uid_validity'", ct).ConfigureAwait(false) ?? 0;
        if (last >= uint.MaxValue) throw new MailStoreException(MailStoreError.Limit, "UIDVALIDITY values are exhausted.");
        long seconds = Math.Clamp(clock.GetUtcNow().ToUnixTimeSeconds(), 1, uint.MaxValue / 2);
        long next = Math.Max(last + 1, seconds);
        await c.ExecuteAsync(t, "INSERT INTO store_meta(key, value) VALUES ('last_uid_validity', @v) ON CONFLICT(key) DO UPDATE SET value = @v",
            ct, ("@v", next)).ConfigureAwait(false);
        return (uint)next;
    }

    public static async ValueTask<MailboxRow> CreateMailboxAsync(SqliteConnection c, SqliteTransaction t, long accountId, string name,
        SpecialUse specialUse, TimeProvider clock, CancellationToken ct)
    {
        uint uidValidity = await NextUidValidityAsync(c, t, clock, ct).ConfigureAwait(false);
        string objectId = "F" + Guid.NewGuid().ToString("N");
        long id = await c.LongAsync(t, """
            INSERT INTO mailbox(account_id, name, object_id, uid_validity, special_use) VALUES (@a, @n, @o, @v, @s) RETURNING id
            """, ct, ("@a", accountId), ("@n", name), ("@o", objectId), ("@v", (long)uidValidity), ("@s", (int)specialUse)).ConfigureAwait(false)
            ?? throw new InvalidOperationException("INSERT returned no id.");
        return new MailboxRow(id, accountId, name, objectId, uidValidity, 1, 1, specialUse);
    }

    /// <summary>Deletes content rows (and by cascade and trigger their bytes and index entries) no message uses.</summary>
    public static async ValueTask DeleteOrphanContentAsync(SqliteConnection c, SqliteTransaction t, IEnumerable<long>? candidates, CancellationToken ct)
    {
        if (candidates is null)
        {
            await c.ExecuteAsync(t, "DELETE FROM content WHERE NOT EXISTS (SELECT 1 FROM message m WHERE m.content_id = content.id)", ct).ConfigureAwait(false);
            return;
        }
        foreach (long id in candidates.Distinct())
            await c.ExecuteAsync(t, "DELETE FROM content WHERE id = @id AND NOT EXISTS (SELECT 1 FROM message m WHERE m.content_id = @id)",
                ct, ("@id", id)).ConfigureAwait(false);
    }

    public static ValueTask<int> AddUsageAsync(SqliteConnection c, SqliteTransaction t, long accountId, long bytes, long messages, CancellationToken ct) =>
        c.ExecuteAsync(t, "UPDATE account SET used_bytes = used_bytes + @b, used_messages = used_messages + @n WHERE id = @a", ct,
            ("@b", bytes), ("@n", messages), ("@a", accountId));

    /// <summary>Refuses an addition over the account's limits.</summary>
    public static async ValueTask EnsureQuotaAsync(SqliteConnection c, SqliteTransaction t, long accountId, long addBytes, long addMessages, CancellationToken ct)
    {
        var row = (await c.ListAsync(t, "SELECT quota_storage_kib, quota_messages, used_bytes, used_messages FROM account WHERE id = @a",
            r => (Kib: r.IsDBNull(0) ? (long?)null : r.GetInt64(0), Max: r.IsDBNull(1) ? (long?)null : r.GetInt64(1), Bytes: r.GetInt64(2), Count: r.GetInt64(3)),
            ct, ("@a", accountId)).ConfigureAwait(false)).Single();
        if (row.Kib is long kib && addBytes > 0 && row.Bytes + addBytes > kib * 1024)
            throw new MailStoreException(MailStoreError.OverQuota, "The account's storage quota would be exceeded.");
        if (row.Max is long max && addMessages > 0 && row.Count + addMessages > max)
            throw new MailStoreException(MailStoreError.OverQuota, "The account's message quota would be exceeded.");
    }

    public static async ValueTask AddKeywordsAsync(SqliteConnection c, SqliteTransaction t, long mailboxId, IEnumerable<Imap4.Protocol.Primitives.Flag> flags, CancellationToken ct)
    {
        foreach (var f in flags)
            if (f.IsKeyword)
                await c.ExecuteAsync(t, "INSERT OR IGNORE INTO keyword(mailbox_id, name) VALUES (@m, @k)", ct, ("@m", mailboxId), ("@k", f.Value)).ConfigureAwait(false);
    }

    /// <summary>Refuses to give out UIDs past the 32-bit range.</summary>
    public static void EnsureUids(MailboxRow box, int count)
    {
        if ((ulong)box.UidNext + (ulong)count > uint.MaxValue)
            throw new MailStoreException(MailStoreError.Limit, $"Mailbox \"{box.Name}\" has run out of UIDs.");
    }
}
