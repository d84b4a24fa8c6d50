using System.Runtime.CompilerServices;
using Imap4.Mime;
using Imap4.Mime.Parsing;
using Imap4.Protocol.Primitives;
using Imap4.Storage.Sqlite.Content;
using Imap4.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite;

/// <summary>A handle on one mailbox of a <see cref="SqliteMailStore"/>, bound to the mailbox's row id (it follows renames).</summary>
internal sealed partial class SqliteMailbox(SqliteMailStore store, MailboxRow row) : IMailbox
{
    private readonly long _id = row.Id;
    private readonly long _accountId = row.AccountId;

    public string MailboxId { get; } = row.ObjectId;

    public MailboxName Name { get; } = new(row.Name);

    public uint UidValidity { get; } = row.UidValidity;

    private SqliteDatabase Db => store.Database;

    private SqliteMailStoreOptions Options => store.Options;

    private DateTimeOffset Now => Options.TimeProvider.GetLocalNow();

    public ValueTask<MailboxStatus> GetStatusAsync(CancellationToken cancellationToken = default) => Db.ReadAsync(async (c, t, ct) =>
    {
        MailboxRow box = await RequireAsync(c, t, ct).ConfigureAwait(false);
        var (count, unseen, deleted, size) = (await c.ListAsync(t, """
            SELECT count(*), coalesce(sum(1 - seen), 0), coalesce(sum(deleted), 0), coalesce(sum(size), 0) FROM message WHERE mailbox_id = @m
            """, r => (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt64(3)), ct, ("@m", _id)).ConfigureAwait(false))[0];
        List<Flag> keywords = await c.ListAsync(t, "SELECT name FROM keyword WHERE mailbox_id = @m", r => new Flag(r.GetString(0)), ct, ("@m", _id)).ConfigureAwait(false);
        return new MailboxStatus
        {
            Name = new MailboxName(box.Name), MailboxId = box.ObjectId, UidValidity = box.UidValidity, UidNext = box.UidNext,
            HighestModSeq = box.HighestModSeq, Messages = count, Unseen = unseen, Deleted = deleted, Size = size,
            Keywords = keywords, SpecialUse = box.SpecialUse,
        };
    }, cancellationToken);

    public async IAsyncEnumerable<MessageInfo> GetMessagesAsync(UidSet? uids = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using SqliteConnection c = await Db.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction t = SqliteDatabase.BeginRead(c);
        await RequireAsync(c, t, cancellationToken).ConfigureAwait(false);
        IEnumerable<(uint, uint)> ranges = uids is null ? [(1u, uint.MaxValue)] : MessageRows.Ranges(uids);
        foreach ((uint lo, uint hi) in ranges)
        {
            await using SqliteCommand command = c.Command(t, MessageRows.InfoSelect + " WHERE m.mailbox_id = @m AND m.uid BETWEEN @lo AND @hi ORDER BY m.uid",
                ("@m", _id), ("@lo", (long)lo), ("@hi", (long)hi));
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) yield return MessageRows.ReadInfo(reader);
        }
    }

    public async ValueTask<Stream> OpenContentAsync(uint uid, CancellationToken cancellationToken = default)
    {
        SqliteConnection c = await Db.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        SqliteTransaction? t = null;
        try
        {
            t = SqliteDatabase.BeginRead(c);
            long contentId = await FindContentAsync(c, t, uid, cancellationToken).ConfigureAwait(false);
            return new BlobContentStream(c, t, new SqliteBlob(c, "content_data", "data", contentId, readOnly: true));
        }
        catch
        {
            if (t is not null) await t.DisposeAsync().ConfigureAwait(false);
            await c.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask<ParsedMessage> GetStructureAsync(uint uid, CancellationToken cancellationToken = default)
    {
        await using Stream content = await OpenContentAsync(uid, cancellationToken).ConfigureAwait(false);
        return MimeParser.Parse(content, Options.ParserOptions);
    }

    private async ValueTask<long> FindContentAsync(SqliteConnection c, SqliteTransaction t, uint uid, CancellationToken ct)
    {
        MailboxRow box = await RequireAsync(c, t, ct).ConfigureAwait(false);
        return await c.LongAsync(t, "SELECT content_id FROM message WHERE mailbox_id = @m AND uid = @u", ct, ("@m", _id), ("@u", (long)uid)).ConfigureAwait(false)
            ?? throw box.Gone(uid);
    }

    public ValueTask<MailboxChanges> GetChangesSinceAsync(ulong modSeq, CancellationToken cancellationToken = default) => Db.ReadAsync(async (c, t, ct) =>
    {
        MailboxRow box = await RequireAsync(c, t, ct).ConfigureAwait(false);
        long since = (long)Math.Min(modSeq, long.MaxValue);
        List<MessageInfo> changed = await c.ListAsync(t, MessageRows.InfoSelect + " WHERE m.mailbox_id = @m AND m.modseq > @s ORDER BY m.uid",
            MessageRows.ReadInfo, ct, ("@m", _id), ("@s", since)).ConfigureAwait(false);
        List<uint> vanished = await c.ListAsync(t, "SELECT uid FROM tombstone WHERE mailbox_id = @m AND modseq > @s ORDER BY uid",
            r => (uint)r.GetInt64(0), ct, ("@m", _id), ("@s", since)).ConfigureAwait(false);
        return new MailboxChanges(box.HighestModSeq, changed, vanished);
    }, cancellationToken);

    /// <summary>The mailbox row, or NONEXISTENT when the mailbox (or its account) was deleted.</summary>
    private async ValueTask<MailboxRow> RequireAsync(SqliteConnection c, SqliteTransaction t, CancellationToken ct) =>
        await MailboxRow.ByIdAsync(c, t, _id, ct).ConfigureAwait(false)
        ?? throw new MailStoreException(MailStoreError.NonExistent, $"Mailbox \"{Name}\" no longer exists.");
}
