using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Imap4.Cli.Common;
using Imap4.Client;
using Imap4.Protocol.Fetch;

namespace Imap4.Cli.Client;

/// <summary><c>imap4 fetch FOLDER UIDS [--items ...]</c>: one line per message with UID, flags, date, sender and subject.</summary>
internal static class FetchCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder, e.g. INBOX." };
        var uids = new Argument<string>("UIDS") { Description = "UIDs as an IMAP set, e.g. 1:* or 3,5:7." };
        var items = new Option<string>("--items") { Description = "Fetch items.", DefaultValueFactory = _ => "FLAGS ENVELOPE", HelpName = "ITEMS" };
        var connection = new ClientOptions();
        var command = new Command("fetch", "Summarize messages: UID, flags, date, from and subject.") { folder, uids, items };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings settings = connection.Read(result);
            MessageSet set = ParseSet(result.GetValue(uids)!);
            IReadOnlyList<FetchAttribute> attributes = FetchItems.Parse(result.GetValue(items)!);
            await using ImapClient imap = await ClientSession.OpenAsync(settings, "fetch", cancellationToken).ConfigureAwait(false);
            await imap.ExamineAsync(result.GetValue(folder)!, cancellationToken).ConfigureAwait(false);
            var messages = new List<FetchResult>();
            await foreach (FetchResult message in imap.FetchAsync(set, attributes, null, cancellationToken).ConfigureAwait(false)) messages.Add(message);
            string text = settings.Json ? ToJson(messages) : string.Join('\n', messages.Select(ToLine));
            if (text.Length > 0) await output.WriteLineAsync(text).ConfigureAwait(false);
            await ClientSession.CloseAsync(imap, cancellationToken).ConfigureAwait(false);
            return 0;
        }, connection.Verbose));
        return command;
    }

    private static MessageSet ParseSet(string text)
    {
        try
        {
            return MessageSet.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new ArgumentException($"Bad UID set '{text}': use e.g. 1:* or 3,5:7.", e);
        }
    }

    private static string ToLine(FetchResult m) =>
        string.Join('\t', (m.Uid ?? m.SequenceNumber).ToString(CultureInfo.InvariantCulture), $"({MessageSummary.Flags(m)})", MessageSummary.Date(m), MessageSummary.From(m), MessageSummary.Subject(m));

    private static string ToJson(List<FetchResult> messages) => JsonText.Of(json =>
    {
        json.WriteStartArray();
        foreach (FetchResult m in messages) WriteMessage(json, m);
        json.WriteEndArray();
    });

    private static void WriteMessage(Utf8JsonWriter json, FetchResult m)
    {
        json.WriteStartObject();
        json.WriteNumber("uid", m.Uid ?? 0);
        json.WriteNumber("seq", m.SequenceNumber);
        if (m.Flags is { } flags)
        {
            json.WriteStartArray("flags");
            foreach (var flag in flags) json.WriteStringValue(flag.ToString());
            json.WriteEndArray();
        }
        if (m.InternalDate is { } internalDate) json.WriteString("internalDate", internalDate);
        if (m.Size is { } size) json.WriteNumber("size", size);
        if (m.Envelope is not null)
        {
            json.WriteString("date", m.Envelope.Date);
            json.WriteString("from", MessageSummary.From(m));
            json.WriteString("subject", MessageSummary.Subject(m));
        }
        json.WriteEndObject();
    }
}
