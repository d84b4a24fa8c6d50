using Imap4.Mime;
using Imap4.Mime.Parsing;
using Imap4.Protocol.Primitives;

namespace Imap4.Storage.InMemory;

internal sealed partial class InMemoryMailbox
{
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
        // Read and parse outside the lock: the streams are the caller's and may be slow.
        var prepared = new List<(StoredMessage Stored, Flag[] Flags, DateTimeOffset Date)>();
        await foreach (AppendRequest? r in messages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (r is null) throw new ArgumentException("A message is null.", nameof(messages));
            byte[] bytes = await ReadAsync(r.Content, cancellationToken).ConfigureAwait(false);
            prepared.Add((Prepare(bytes), FlagList.Normalize(r.Flags), r.InternalDate ?? Now));
        }
        if (prepared.Count == 0) throw new ArgumentException("At least one message is needed.", nameof(messages));
        cancellationToken.ThrowIfCancellationRequested();
        return Locked(() => Commit(prepared));
    }

    private AppendResult Commit(List<(StoredMessage Stored, Flag[] Flags, DateTimeOffset Date)> prepared)
    {
        account.EnsureQuota(prepared.Sum(p => p.Stored.Summary.Size), prepared.Count);
        EnsureUids(box, prepared.Count);
        ulong modSeq = box.NextModSeq();
        DateTimeOffset now = Now;
        var uids = new uint[prepared.Count];
        for (int i = 0; i < prepared.Count; i++)
        {
            (StoredMessage stored, Flag[] flags, DateTimeOffset date) = prepared[i];
            uint uid = uids[i] = box.UidNext++;
            box.Messages[uid] = new MessageEntry(NewInfo(uid, flags, modSeq, date, now, stored), stored);
            box.AddKeywords(flags);
            account.Account(stored.Summary.Size, 1);
        }
        box.Notifier.Publish(modSeq);
        return new AppendResult(box.UidValidity, uids);
    }

    private static MessageInfo NewInfo(uint uid, Flag[] flags, ulong modSeq, DateTimeOffset internalDate, DateTimeOffset saveDate, StoredMessage stored) =>
        new()
        {
            Uid = uid, Flags = flags, ModSeq = modSeq, InternalDate = internalDate, SaveDate = saveDate,
            EmailId = stored.EmailId, Summary = stored.Summary,
        };

    private static void EnsureUids(MailboxState target, int count)
    {
        if ((ulong)target.UidNext + (ulong)count > uint.MaxValue)
            throw new MailStoreException(MailStoreError.Limit, $"Mailbox \"{target.Name}\" has run out of UIDs.");
    }

    private StoredMessage Prepare(byte[] bytes)
    {
        ParsedMessage parsed = MimeParser.Parse(bytes, store.Options.ParserOptions);
        string emailId = "M" + Guid.NewGuid().ToString("N");
        return new StoredMessage(bytes, parsed, MessageAnalyzer.Analyze(parsed, "T" + emailId[1..]), emailId);
    }

    private async ValueTask<byte[]> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        long max = store.Options.MaxMessageSize;
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int n;
        while ((n = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > max)
                throw new MailStoreException(MailStoreError.TooBig, $"The message is larger than {max} bytes.");
            buffer.Write(chunk, 0, n);
        }
        if (buffer.Length == 0) throw new MailStoreException(MailStoreError.Cannot, "An empty message cannot be stored.");
        return buffer.ToArray();
    }
}
