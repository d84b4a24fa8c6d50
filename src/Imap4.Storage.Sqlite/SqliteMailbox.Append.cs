using Imap4.Mime;
using Imap4.Mime.Parsing;
using Imap4.Protocol.Primitives;
using Imap4.Storage.Sqlite.Content;
using Imap4.Storage.Sqlite.Database;
using Imap4.Storage.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite;

internal sealed partial class SqliteMailbox
{
    private const int BlobChunk = 256 * 1024;

    /// <summary>A message read, parsed, analysed and its index text extracted before the write lock is taken.</summary>
    private sealed record Prepared(Stream Spool, ParsedMessage Parsed, MessageSummary Summary, string EmailId, Flag[] Flags, DateTimeOffset Date,
        bool IndexesBody, FullText.Text IndexText);

    public ValueTask<AppendResult> AppendAsync(Stream content, IReadOnlyCollection<Flag>? flags = null, DateTimeOffset? internalDate = null,
        CancellationToken cancellationToken = default) =>
        AppendAsync([new AppendRequest(content, flags, internalDate)], cancellationToken);

    public ValueTask<AppendResult> AppendAsync(IReadOnlyList<AppendRequest> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0) throw new ArgumentException("At least one message is needed.", nameof(messages));
        return AppendAsync(messages.ToAsyncEnumerable(), cancellationToken);
    }

    public async ValueTask<AppendResult> AppendAsync(IAsyncEnumerable<AppendRequest> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var prepared = new List<Prepared>();
        try
        {
            // Read and parse outside the lock: the streams are the caller's and may be slow. Each message is spooled
            // (memory up to a limit, then a temporary file), so a long MULTIAPPEND never sits in memory.
            await foreach (AppendRequest? r in messages.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (r is null) throw new ArgumentException("A message is null.", nameof(messages));
                prepared.Add(await PrepareAsync(r, cancellationToken).ConfigureAwait(false));
            }
            if (prepared.Count == 0) throw new ArgumentException("At least one message is needed.", nameof(messages));
            cancellationToken.ThrowIfCancellationRequested();
            (AppendResult result, ulong modSeq) = await Db.WriteAsync((c, t, ct) => CommitAppendAsync(c, t, prepared, ct), cancellationToken).ConfigureAwait(false);
            store.Signals.Publish(_id, modSeq);
            return result;
        }
        finally
        {
            foreach (Prepared p in prepared) await p.Spool.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask<Prepared> PrepareAsync(AppendRequest request, CancellationToken cancellationToken)
    {
        Stream spool = await ContentSpool.ReadAsync(request.Content, Options.MaxMessageSize, Options.MemorySpoolLimit, cancellationToken).ConfigureAwait(false);
        try
        {
            ParsedMessage parsed = MimeParser.Parse(spool, Options.ParserOptions);
            string emailId = "M" + Guid.NewGuid().ToString("N");
            MessageSummary summary = MessageAnalyzer.Analyze(parsed, "T" + emailId[1..]);
            bool indexesBody = FullText.IndexesBody(parsed, Options.MaxIndexedMessageSize);
            FullText.Text indexText = FullText.Extract(parsed, spool, indexesBody);
            return new Prepared(spool, parsed, summary, emailId, FlagList.Normalize(request.Flags), request.InternalDate ?? Now, indexesBody, indexText);
        }
        catch
        {
            await spool.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask<(AppendResult, ulong)> CommitAppendAsync(SqliteConnection c, SqliteTransaction t, List<Prepared> prepared, CancellationToken ct)
    {
        MailboxRow box = await RequireAsync(c, t, ct).ConfigureAwait(false);
        await Writes.EnsureQuotaAsync(c, t, _accountId, prepared.Sum(p => p.Summary.Size), prepared.Count, ct).ConfigureAwait(false);
        Writes.EnsureUids(box, prepared.Count);
        ulong modSeq = box.HighestModSeq + 1;
        string saveDate = Codec.Date(Now);
        var uids = new uint[prepared.Count];
        var index = new List<(long, FullText.Text)>(prepared.Count);
        for (int i = 0; i < prepared.Count; i++)
        {
            Prepared p = prepared[i];
            long contentId = await InsertContentAsync(c, t, p, ct).ConfigureAwait(false);
            index.Add((contentId, p.IndexText));
            uint uid = uids[i] = box.UidNext + (uint)i;
            await InsertMessageAsync(c, t, _id, uid, contentId, p.Flags, modSeq, Codec.Date(p.Date), saveDate, p.Summary.Size, ct).ConfigureAwait(false);
            await Writes.AddKeywordsAsync(c, t, _id, p.Flags, ct).ConfigureAwait(false);
        }
        await FullText.IndexAllAsync(c, t, index, ct).ConfigureAwait(false); // last: see IndexAllAsync
        await c.ExecuteAsync(t, "UPDATE mailbox SET uid_next = @u, highest_modseq = @s WHERE id = @m", ct,
            ("@u", (long)box.UidNext + prepared.Count), ("@s", (long)modSeq), ("@m", _id)).ConfigureAwait(false);
        await Writes.AddUsageAsync(c, t, _accountId, prepared.Sum(p => p.Summary.Size), prepared.Count, ct).ConfigureAwait(false);
        return (new AppendResult(box.UidValidity, uids), modSeq);
    }

    private static async ValueTask<long> InsertContentAsync(SqliteConnection c, SqliteTransaction t, Prepared p, CancellationToken ct)
    {
        long id = await c.LongAsync(t, """
            INSERT INTO content(email_id, length, size, sent_date, thread_id, envelope, body, body_structure, fts_full)
            VALUES (@e, @l, @s, @d, @th, @env, @b, @bs, @f) RETURNING id
            """, ct, ("@e", p.EmailId), ("@l", p.Spool.Length), ("@s", p.Summary.Size),
            ("@d", p.Summary.SentDate is { } d ? Codec.Date(d) : null), ("@th", p.Summary.ThreadId),
            ("@env", p.Summary.Envelope.ToArray()), ("@b", p.Summary.Body.ToArray()), ("@bs", p.Summary.BodyStructure.ToArray()),
            ("@f", p.IndexesBody ? 1 : 0)).ConfigureAwait(false) ?? throw new InvalidOperationException("INSERT returned no id.");
        // The bytes go in through incremental blob I/O: a zeroblob of the final length is filled chunk by chunk.
        await c.ExecuteAsync(t, "INSERT INTO content_data(id, data) VALUES (@id, zeroblob(@n))", ct, ("@id", id), ("@n", p.Spool.Length)).ConfigureAwait(false);
        await using (var blob = new SqliteBlob(c, "content_data", "data", id))
        {
            p.Spool.Position = 0;
            await p.Spool.CopyToAsync(blob, BlobChunk, ct).ConfigureAwait(false);
        }
        return id;
    }

    private static async ValueTask InsertMessageAsync(SqliteConnection c, SqliteTransaction t, long mailboxId, uint uid, long contentId, Flag[] flags, ulong modSeq,
        string internalDate, string saveDate, long size, CancellationToken ct) =>
        await c.ExecuteAsync(t, """
            INSERT INTO message(mailbox_id, uid, content_id, flags, seen, deleted, modseq, internal_date, save_date, size)
            VALUES (@m, @u, @c, @f, @se, @de, @s, @i, @sd, @z)
            """, ct, ("@m", mailboxId), ("@u", (long)uid), ("@c", contentId), ("@f", Codec.Flags(flags)),
            ("@se", Codec.Has(flags, Flag.Seen) ? 1 : 0), ("@de", Codec.Has(flags, Flag.Deleted) ? 1 : 0), ("@s", (long)modSeq),
            ("@i", internalDate), ("@sd", saveDate), ("@z", size)).ConfigureAwait(false);
}
