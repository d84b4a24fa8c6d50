using Imap4.Cli.MailTools.Progress;
using Imap4.Cli.MailTools.State;
using Imap4.Client;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;

namespace Imap4.Cli.MailTools;

/// <summary>
/// Backs up one folder incrementally: the UIDs above the saved state, in batches of
/// <see cref="MailToolsOptions.BatchSize"/> (metadata by UID FETCH, each message streamed to a temporary file), with the
/// state written after every batch. A changed UIDVALIDITY moves the old copy aside and starts over.
/// </summary>
/// <param name="client">A logged-in client using UIDs.</param>
/// <param name="options">Batch size and limits.</param>
/// <param name="progress">Progress display.</param>
internal sealed class FolderBackup(ImapClient client, MailToolsOptions options, IProgressSink progress)
{
    private static readonly FetchAttribute[] MetaItems = [FetchAttribute.Uid, FetchAttribute.Flags, FetchAttribute.InternalDate, FetchAttribute.Envelope];

    /// <summary>Backs up a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="target">Where it goes.</param>
    /// <param name="cancellationToken">Cancels the backup (what was checkpointed stays).</param>
    /// <returns>How many messages were saved in this run.</returns>
    public async Task<long> RunAsync(string folder, IBackupTarget target, CancellationToken cancellationToken)
    {
        MailboxInfo mailbox = await client.ExamineAsync(folder, cancellationToken).ConfigureAwait(false);
        uint validity = mailbox.UidValidity ?? throw new InvalidOperationException($"{folder}: the server sent no UIDVALIDITY; an incremental backup needs it.");
        BackupState state = await LoadOrResetAsync(folder, target, validity, cancellationToken).ConfigureAwait(false);
        try
        {
            IReadOnlySet<uint> present = await target.OpenAsync(state, cancellationToken).ConfigureAwait(false);
            await target.SaveStateAsync(state, cancellationToken).ConfigureAwait(false);
            List<uint> uids = await NewUidsAsync(state.LastUid, cancellationToken).ConfigureAwait(false);
            IFolderProgress bar = progress.Start(folder, uids.Count);
            long saved = 0;
            foreach (uint[] batch in uids.Chunk(options.BatchSize))
            {
                long batchSaved = await SaveBatchAsync(batch, present, target, bar, cancellationToken).ConfigureAwait(false);
                saved += batchSaved;
                long length = await target.CheckpointAsync(cancellationToken).ConfigureAwait(false);
                state = state with { LastUid = batch[^1], MboxLength = length, Saved = state.Saved + batchSaved };
                await target.SaveStateAsync(state, cancellationToken).ConfigureAwait(false);
            }
            bar.Finish();
            return saved;
        }
        finally
        {
            await target.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<BackupState> LoadOrResetAsync(string folder, IBackupTarget target, uint validity, CancellationToken cancellationToken)
    {
        BackupState? state = await target.LoadStateAsync(cancellationToken).ConfigureAwait(false);
        if (state is not null && state.UidValidity != validity)
        {
            string old = target.MoveAside(state.UidValidity);
            progress.Note($"{folder}: UIDVALIDITY changed ({state.UidValidity} -> {validity}); the old copy was moved to {old}; starting over.");
            state = null;
        }
        return state ?? new BackupState { UidValidity = validity };
    }

    /// <summary>The UIDs above <paramref name="lastUid"/> (UID FETCH n:* also answers with the highest UID below n).</summary>
    private async Task<List<uint>> NewUidsAsync(uint lastUid, CancellationToken cancellationToken)
    {
        var uids = new List<uint>();
        if (lastUid == uint.MaxValue) return uids;
        MessageSet range = MessageSet.FromSequenceSet(SequenceSet.Parse($"{lastUid + 1}:*"));
        await foreach (FetchResult m in client.FetchAsync(range, [FetchAttribute.Uid], null, cancellationToken).ConfigureAwait(false))
            if (m.Uid is { } uid && uid > lastUid) uids.Add(uid);
        uids.Sort();
        return uids;
    }

    private async Task<long> SaveBatchAsync(uint[] batch, IReadOnlySet<uint> present, IBackupTarget target, IFolderProgress bar, CancellationToken cancellationToken)
    {
        var metas = new Dictionary<uint, MessageMeta>();
        await foreach (FetchResult m in client.FetchAsync(MessageSet.Of(batch), MetaItems, null, cancellationToken).ConfigureAwait(false))
            if (m.Uid is { } uid) metas[uid] = ToMeta(uid, m);
        long saved = 0;
        foreach (uint uid in batch)
        {
            // Expunged since the UID list was made, or saved whole by a killed run: nothing to fetch.
            if (metas.TryGetValue(uid, out MessageMeta? meta) && !present.Contains(uid) && await DownloadAsync(meta, target, cancellationToken).ConfigureAwait(false)) saved++;
            bar.Advance(1);
        }
        return saved;
    }

    private async Task<bool> DownloadAsync(MessageMeta meta, IBackupTarget target, CancellationToken cancellationToken)
    {
        string temporary = target.TemporaryPath(meta.Uid);
        try
        {
            long? length;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                length = await client.DownloadAsync(meta.Uid, BodySection.All, file, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }
            if (length is null) return false;
            await target.AddAsync(temporary, meta, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static MessageMeta ToMeta(uint uid, FetchResult m)
    {
        IReadOnlyList<Flag> flags = [.. (m.Flags ?? []).Where(f => !f.Equals(Flag.Recent))];
        Address? sender = m.Envelope?.Sender?.FirstOrDefault(a => a.EmailAddress is not null) ?? m.Envelope?.From?.FirstOrDefault(a => a.EmailAddress is not null);
        return new MessageMeta(uid, flags, m.InternalDate, sender?.EmailAddress);
    }
}
