using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Database;

/// <summary>One row of <c>mailbox</c>.</summary>
internal sealed record MailboxRow(long Id, long AccountId, string Name, string ObjectId, uint UidValidity, uint UidNext,
    ulong HighestModSeq, SpecialUse SpecialUse)
{
    public const string Columns = "id, account_id, name, object_id, uid_validity, uid_next, highest_modseq, special_use";

    public static MailboxRow Read(SqliteDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3),
        (uint)r.GetInt64(4), (uint)r.GetInt64(5), (ulong)r.GetInt64(6), (SpecialUse)r.GetInt32(7));

    public static async ValueTask<MailboxRow?> ByIdAsync(SqliteConnection c, SqliteTransaction t, long id, CancellationToken ct) =>
        (await c.ListAsync(t, $"SELECT {Columns} FROM mailbox WHERE id = @id", Read, ct, ("@id", id)).ConfigureAwait(false)).FirstOrDefault();

    public static async ValueTask<MailboxRow?> ByNameAsync(SqliteConnection c, SqliteTransaction t, long accountId, string name, CancellationToken ct) =>
        (await c.ListAsync(t, $"SELECT {Columns} FROM mailbox WHERE account_id = @a AND name = @n", Read, ct,
            ("@a", accountId), ("@n", name)).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>The error for a UID that has no message: expunged when below UIDNEXT, never used otherwise.</summary>
    public MailStoreException Gone(uint uid) => uid < UidNext
        ? new MailStoreException(MailStoreError.ExpungeIssued, $"Message UID {uid} has been expunged.")
        : new MailStoreException(MailStoreError.NonExistent, $"There is no message with UID {uid}.");
}
