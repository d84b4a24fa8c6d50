using Imap4.Protocol.Primitives;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Database;

/// <summary>Reads messages: full <see cref="MessageInfo"/> rows, and the light rows writes work on.</summary>
internal static class MessageRows
{
    public const string InfoSelect = """
        SELECT m.uid, m.flags, m.modseq, m.internal_date, m.save_date, c.email_id, c.size, c.sent_date, c.thread_id,
               c.envelope, c.body, c.body_structure, m.content_id, c.fts_full
        FROM message m JOIN content c ON c.id = m.content_id
        """;

    public static MessageInfo ReadInfo(SqliteDataReader r) => new()
    {
        Uid = (uint)r.GetInt64(0),
        Flags = Codec.Flags(r.GetString(1)),
        ModSeq = (ulong)r.GetInt64(2),
        InternalDate = Codec.Date(r.GetString(3)),
        SaveDate = Codec.Date(r.GetString(4)),
        EmailId = r.GetString(5),
        Summary = new MessageSummary
        {
            Size = r.GetInt64(6),
            SentDate = r.IsDBNull(7) ? null : Codec.Date(r.GetString(7)),
            ThreadId = r.GetString(8),
            Envelope = (byte[])r.GetValue(9),
            Body = (byte[])r.GetValue(10),
            BodyStructure = (byte[])r.GetValue(11),
        },
    };

    /// <summary>What STORE, EXPUNGE, COPY and MOVE need of a message.</summary>
    public sealed record Light(uint Uid, Flag[] Flags, ulong ModSeq, long Size, long ContentId, string InternalDate);

    private const string LightSelect = "SELECT uid, flags, modseq, size, content_id, internal_date FROM message WHERE mailbox_id = @m";

    private static Light ReadLight(SqliteDataReader r) =>
        new((uint)r.GetInt64(0), Codec.Flags(r.GetString(1)), (ulong)r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetString(5));

    /// <summary>The messages of a mailbox in a UID set (all when null), ascending.</summary>
    public static async ValueTask<List<Light>> SelectAsync(SqliteConnection c, SqliteTransaction t, long mailboxId, UidSet? uids,
        string? extraCondition, CancellationToken ct)
    {
        string extra = extraCondition is null ? "" : " AND " + extraCondition;
        if (uids is null)
            return await c.ListAsync(t, LightSelect + extra + " ORDER BY uid", ReadLight, ct, ("@m", mailboxId)).ConfigureAwait(false);
        var result = new List<Light>();
        foreach ((uint lo, uint hi) in Ranges(uids))
            result.AddRange(await c.ListAsync(t, LightSelect + " AND uid BETWEEN @lo AND @hi" + extra + " ORDER BY uid", ReadLight, ct,
                ("@m", mailboxId), ("@lo", (long)lo), ("@hi", (long)hi)).ConfigureAwait(false));
        return result;
    }

    /// <summary>The ranges of a UID set, disjoint and ascending.</summary>
    public static IEnumerable<(uint Low, uint High)> Ranges(UidSet uids)
    {
        foreach (SequenceRange r in uids.Normalize().Ranges) yield return r.Resolve(uint.MaxValue);
    }
}
