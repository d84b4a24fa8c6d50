using System.Globalization;
using Imap4.Cli.Client;
using Imap4.Client;
using Imap4.Protocol.Primitives;

namespace Imap4.Cli.Watch;

/// <summary>Prints watch events: one line each, tab-separated text or JSON lines.</summary>
/// <param name="output">Standard output.</param>
/// <param name="json">JSON lines instead of text.</param>
internal sealed class WatchPrinter(TextWriter output, bool json)
{
    /// <summary>A new message: UID, date, from, subject.</summary>
    /// <param name="m">The message (UID, ENVELOPE, INTERNALDATE fetched).</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task.</returns>
    public Task NewMessageAsync(FetchResult m, CancellationToken cancellationToken)
    {
        string uid = (m.Uid ?? 0).ToString(CultureInfo.InvariantCulture);
        return WriteAsync(json
            ? JsonText.Of(w =>
            {
                w.WriteStartObject();
                w.WriteString("event", "new");
                w.WriteNumber("uid", m.Uid ?? 0);
                w.WriteString("date", MessageSummary.Date(m));
                w.WriteString("from", MessageSummary.From(m));
                w.WriteString("subject", MessageSummary.Subject(m));
                w.WriteEndObject();
            }, indented: false)
            : string.Join('\t', "new", uid, MessageSummary.Date(m), MessageSummary.From(m), MessageSummary.Subject(m)), cancellationToken);
    }

    /// <summary>A message expunged (by sequence number, EXPUNGE).</summary>
    /// <param name="sequenceNumber">Its sequence number.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task.</returns>
    public Task ExpungedAsync(uint sequenceNumber, CancellationToken cancellationToken) => WriteAsync(json
        ? JsonText.Of(w =>
        {
            w.WriteStartObject();
            w.WriteString("event", "expunged");
            w.WriteNumber("seq", sequenceNumber);
            w.WriteEndObject();
        }, indented: false)
        : string.Create(CultureInfo.InvariantCulture, $"expunged\t#{sequenceNumber}"), cancellationToken);

    /// <summary>Messages expunged by UID (VANISHED, with QRESYNC).</summary>
    /// <param name="uids">The UIDs.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task.</returns>
    public Task VanishedAsync(UidSet uids, CancellationToken cancellationToken) => WriteAsync(json
        ? JsonText.Of(w =>
        {
            w.WriteStartObject();
            w.WriteString("event", "vanished");
            w.WriteString("uids", uids.ToString());
            w.WriteEndObject();
        }, indented: false)
        : $"vanished\t{uids}", cancellationToken);

    /// <summary>A flag change (an unsolicited FETCH).</summary>
    /// <param name="m">The FETCH.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task.</returns>
    public Task FlagsChangedAsync(FetchResult m, CancellationToken cancellationToken) => WriteAsync(json
        ? JsonText.Of(w =>
        {
            w.WriteStartObject();
            w.WriteString("event", "flags");
            w.WriteNumber("seq", m.SequenceNumber);
            if (m.Uid is { } uid) w.WriteNumber("uid", uid);
            w.WriteStartArray("flags");
            foreach (Flag flag in m.Flags ?? []) w.WriteStringValue(flag.ToString());
            w.WriteEndArray();
            w.WriteEndObject();
        }, indented: false)
        : string.Create(CultureInfo.InvariantCulture, $"flags\t#{m.SequenceNumber}{(m.Uid is { } u ? $" uid {u}" : "")}\t({MessageSummary.Flags(m)})"), cancellationToken);

    private async Task WriteAsync(string line, CancellationToken cancellationToken)
    {
        // Line by line and flushed at once: watch output is usually piped into something reacting to it.
        await output.WriteLineAsync(line).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
