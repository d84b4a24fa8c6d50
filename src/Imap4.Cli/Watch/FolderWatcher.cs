using System.Globalization;
using System.Net.Sockets;
using Imap4.Cli.Client;
using Imap4.Client;
using Imap4.Protocol.Responses;

namespace Imap4.Cli.Watch;

/// <summary>
/// Watches one folder with IDLE: prints new messages (fetched by UID after each EXISTS), expunges and flag changes.
/// When the connection drops it reconnects with doubling delays, re-examines the folder and prints what arrived
/// meanwhile (UIDs from the last one seen up to the new UIDNEXT).
/// </summary>
internal sealed class FolderWatcher(ClientSettings settings, string folder, WatchSettings watch, WatchPrinter printer, TextWriter notices)
{
    private static readonly IReadOnlyList<Imap4.Protocol.Fetch.FetchAttribute> NewMessageItems = FetchItems.Parse("UID ENVELOPE INTERNALDATE");

    private uint? _uidValidity;
    private uint _lastUid;
    private bool _connectedOnce;
    private bool _arrived;
    private CancellationTokenSource? _stopIdle;

    /// <summary>Watches until <paramref name="cancellationToken"/> is cancelled (Ctrl+C), then logs out.</summary>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>A task that completes when the watch ended.</returns>
    /// <exception cref="ImapException">The first connection failed (later failures are retried).</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        TimeSpan delay = watch.InitialRetryDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using ImapClient client = await ClientSession.OpenResolvedAsync(settings, "watch", cancellationToken, watch.IdleRenewalInterval).ConfigureAwait(false);
                await StartAsync(client, cancellationToken).ConfigureAwait(false);
                delay = watch.InitialRetryDelay;
                await IdleUntilStoppedAsync(client, cancellationToken).ConfigureAwait(false);
                await LogoutAsync(client).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (_connectedOnce && e is ImapException or IOException or SocketException or ObjectDisposedException)
            {
                await notices.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"imap4 watch: connection lost ({e.Message}); reconnecting in {delay.TotalSeconds:0.##} s")).ConfigureAwait(false);
            }
            try
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, watch.MaxRetryDelay.Ticks));
        }
    }

    // Examines the folder; the first time it notes UIDNEXT, after a reconnect it prints what arrived meanwhile.
    private async Task StartAsync(ImapClient client, CancellationToken cancellationToken)
    {
        MailboxInfo info = await client.ExamineAsync(folder, cancellationToken).ConfigureAwait(false);
        bool reconnect = _connectedOnce;
        if (_uidValidity is { } known && info.UidValidity != known)
        {
            await notices.WriteLineAsync($"imap4 watch: {folder} was recreated (UIDVALIDITY changed); watching from now on").ConfigureAwait(false);
            reconnect = false;
        }
        _uidValidity = info.UidValidity;
        if (reconnect) await PrintNewAsync(client, cancellationToken).ConfigureAwait(false);
        else _lastUid = info.UidNext is { } next ? next - 1 : await HighestUidAsync(client, info, cancellationToken).ConfigureAwait(false);
        string what = _connectedOnce ? "reconnected; watching" : "watching";
        _connectedOnce = true;
        await notices.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"imap4 watch: {what} {folder} ({info.Exists} messages, last UID {_lastUid})")).ConfigureAwait(false);
    }

    // Updates are read from the connection's update stream on a side task (they also arrive during our own FETCH);
    // an EXISTS ends the current IDLE so the new messages can be fetched.
    private async Task IdleUntilStoppedAsync(ImapClient client, CancellationToken cancellationToken)
    {
        using var stopUpdates = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task updates = ReadUpdatesAsync(client, stopUpdates.Token);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var stopIdle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                Volatile.Write(ref _stopIdle, stopIdle);
                if (!Volatile.Read(ref _arrived)) await client.IdleAsync(static _ => ValueTask.CompletedTask, stopIdle.Token).ConfigureAwait(false);
                Volatile.Write(ref _stopIdle, null);
                if (cancellationToken.IsCancellationRequested) break;
                Volatile.Write(ref _arrived, false);
                await PrintNewAsync(client, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await stopUpdates.CancelAsync().ConfigureAwait(false);
            await updates.ConfigureAwait(false);
        }
    }

    private async Task ReadUpdatesAsync(ImapClient client, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (ImapUpdate update in client.Connection.ReadUpdatesAsync(cancellationToken).ConfigureAwait(false))
            {
                switch (update.Data)
                {
                    case ExistsResponse:
                        Volatile.Write(ref _arrived, true);
                        if (Volatile.Read(ref _stopIdle) is { } stop) await stop.CancelAsync().ConfigureAwait(false);
                        break;
                    case ExpungeResponse expunge:
                        await printer.ExpungedAsync(expunge.SequenceNumber, cancellationToken).ConfigureAwait(false);
                        break;
                    case VanishedResponse vanished:
                        await printer.VanishedAsync(vanished.Uids, cancellationToken).ConfigureAwait(false);
                        break;
                    case FetchResponse { Flags: not null } fetch:
                        await printer.FlagsChangedAsync(new MailboxUpdate(update.Kind, fetch).Fetch!, cancellationToken).ConfigureAwait(false);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The watch on this connection is over.
        }
        catch (ObjectDisposedException)
        {
            // The connection went away; the main loop reconnects.
        }
    }

    private async Task PrintNewAsync(ImapClient client, CancellationToken cancellationToken)
    {
        MessageSet range = MessageSet.Parse(string.Create(CultureInfo.InvariantCulture, $"{_lastUid + 1}:*"));
        var fresh = new List<FetchResult>();
        await foreach (FetchResult m in client.FetchAsync(range, NewMessageItems, null, cancellationToken).ConfigureAwait(false))
        {
            if (m.Uid is { } uid && uid > _lastUid) fresh.Add(m); // n:* also matches the last message when nothing is newer
            else if (m.Flags is not null) await printer.FlagsChangedAsync(m, cancellationToken).ConfigureAwait(false); // a change that came with our FETCH
        }
        foreach (FetchResult m in fresh.OrderBy(m => m.Uid))
        {
            await printer.NewMessageAsync(m, cancellationToken).ConfigureAwait(false);
            _lastUid = m.Uid!.Value;
        }
    }

    private static async Task<uint> HighestUidAsync(ImapClient client, MailboxInfo info, CancellationToken cancellationToken)
    {
        if (info.Exists == 0) return 0;
        uint highest = 0;
        await foreach (FetchResult m in client.FetchAsync(MessageSet.Parse("*"), FetchItems.Parse("UID"), null, cancellationToken).ConfigureAwait(false))
            highest = Math.Max(highest, m.Uid ?? 0);
        return highest;
    }

    private async Task LogoutAsync(ImapClient client)
    {
        using var timeout = new CancellationTokenSource(watch.LogoutTimeout);
        try
        {
            await ClientSession.CloseAsync(client, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Ending anyway: a server that does not answer LOGOUT changes nothing.
        }
    }
}
