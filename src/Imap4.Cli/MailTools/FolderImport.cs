using Imap4.Cli.MailTools.Maildir;
using Imap4.Cli.MailTools.Mbox;
using Imap4.Cli.MailTools.Progress;
using Imap4.Cli.MailTools.State;
using Imap4.Client;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;

namespace Imap4.Cli.MailTools;

/// <summary>
/// Imports one Maildir folder or mbox file with APPEND, streaming each message from its file with its flags and
/// internal date; every appended message goes into the <see cref="ImportLog"/> at once, so a re-run skips it.
/// </summary>
/// <param name="client">A logged-in client.</param>
/// <param name="log">What earlier runs appended.</param>
/// <param name="options">Limits.</param>
/// <param name="progress">Progress display.</param>
internal sealed class FolderImport(ImapClient client, ImportLog log, MailToolsOptions options, IProgressSink progress)
{
    /// <summary>Imports a folder, creating the IMAP folder when missing.</summary>
    /// <param name="folder">The source and target.</param>
    /// <param name="cancellationToken">Cancels the import (what was appended stays logged).</param>
    /// <returns>How many messages were appended in this run.</returns>
    public async Task<long> RunAsync(ImportFolder folder, CancellationToken cancellationToken)
    {
        if (!await client.FolderExistsAsync(folder.Target, cancellationToken).ConfigureAwait(false))
        {
            await client.CreateFolderAsync(folder.Target, SpecialUse.None, cancellationToken).ConfigureAwait(false);
            progress.Note($"Created folder {folder.Target}.");
        }
        return folder.Format == MailFormat.Maildir
            ? await ImportMaildirAsync(folder, cancellationToken).ConfigureAwait(false)
            : await ImportMboxAsync(folder, cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> ImportMaildirAsync(ImportFolder folder, CancellationToken cancellationToken)
    {
        MaildirKeywords keywords = await MaildirKeywords.LoadAsync(folder.Path, cancellationToken).ConfigureAwait(false);
        List<string> files = await MaildirOrder.SortAsync(folder.Path,
            ((string[])["cur", "new"]).Select(d => Path.Combine(folder.Path, d)).Where(Directory.Exists).SelectMany(Directory.EnumerateFiles), cancellationToken).ConfigureAwait(false);
        IFolderProgress bar = progress.Start(folder.Target, files.Count);
        long appended = 0;
        foreach (string file in files)
        {
            string name = Path.GetFileName(file);
            string key = folder.Key + "/" + MaildirFileName.UniqueOf(name);
            if (!log.Contains(folder.Target, key))
            {
                IReadOnlyList<Flag> flags = MaildirFlags.FromInfo(MaildirFileName.InfoOf(name), keywords);
                DateTimeOffset date = new(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);
                if (await AppendOnceAsync(folder.Target, key, stream, flags, date, cancellationToken).ConfigureAwait(false)) appended++;
            }
            bar.Advance(1);
        }
        bar.Finish();
        return appended;
    }

    private async Task<long> ImportMboxAsync(ImportFolder folder, CancellationToken cancellationToken)
    {
        IFolderProgress bar = progress.Start(folder.Target, await MboxCounter.CountAsync(folder.Path, cancellationToken).ConfigureAwait(false));
        await using var mbox = new FileStream(folder.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);
        var reader = new MboxReader(mbox, 0, options);
        string temporary = folder.Path + $".{Guid.NewGuid():N}.imap4-import";
        long appended = 0;
        try
        {
            while (true)
            {
                await using var content = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
                if (await reader.ReadAsync(content, cancellationToken).ConfigureAwait(false) is not { } entry) break;
                string key = folder.Key + "@" + entry.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!log.Contains(folder.Target, key))
                {
                    content.Position = 0;
                    IReadOnlyList<Flag> flags = await LeadingStatus.ReadAsync(content, options, cancellationToken).ConfigureAwait(false);
                    if (await AppendOnceAsync(folder.Target, key, content, flags, entry.Date, cancellationToken).ConfigureAwait(false)) appended++;
                }
                bar.Advance(1);
            }
        }
        finally
        {
            File.Delete(temporary);
        }
        bar.Finish();
        return appended;
    }

    /// <summary>
    /// Appends a message not yet in the log and logs it. When a killed run left it pending, it is looked up by
    /// Message-ID in the target folder first, so that it is not appended twice.
    /// </summary>
    private async Task<bool> AppendOnceAsync(string folder, string key, Stream message, IReadOnlyList<Flag> flags, DateTimeOffset? date, CancellationToken cancellationToken)
    {
        bool appended = false;
        if (!log.IsPending(folder, key) || !await IsInFolderAsync(folder, message, cancellationToken).ConfigureAwait(false))
        {
            await log.BeginAsync(folder, key, cancellationToken).ConfigureAwait(false);
            appended = await AppendAsync(folder, message, flags, date, cancellationToken).ConfigureAwait(false);
        }
        await log.AddAsync(folder, key, cancellationToken).ConfigureAwait(false);
        return appended;
    }

    private async Task<bool> IsInFolderAsync(string folder, Stream message, CancellationToken cancellationToken)
    {
        if (await MessageIdReader.ReadAsync(message, options.MaxHeaderScanLength, cancellationToken).ConfigureAwait(false) is not { } id) return false;
        await client.ExamineAsync(folder, cancellationToken).ConfigureAwait(false);
        SearchResult found = await client.SearchAsync(SearchQuery.Header("Message-ID", id), null, cancellationToken).ConfigureAwait(false);
        await client.UnselectAsync(cancellationToken).ConfigureAwait(false);
        return found.Count > 0;
    }

    /// <summary>Appends the rest of <paramref name="message"/>; an empty message is skipped with a note.</summary>
    private async Task<bool> AppendAsync(string folder, Stream message, IReadOnlyList<Flag> flags, DateTimeOffset? date, CancellationToken cancellationToken)
    {
        if (message.Length - message.Position == 0)
        {
            progress.Note($"{folder}: skipped an empty message.");
            return false;
        }
        await client.AppendAsync(folder, message, flags, date, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
