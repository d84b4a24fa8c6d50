using System.CommandLine;
using System.Globalization;
using Imap4.Cli.Common;
using Imap4.Client;
using Imap4.Mime.Messages;

namespace Imap4.Cli.Client;

/// <summary><c>imap4 read FOLDER UID</c>: EXAMINE and BODY.PEEK[] (\Seen stays unset); prints the main headers and the text body.</summary>
internal static class ReadCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder, e.g. INBOX." };
        var uid = new Argument<uint>("UID") { Description = "The message's UID." };
        var connection = new ClientOptions();
        var command = new Command("read", "Print a message's headers and text without marking it seen.") { folder, uid };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings settings = connection.Read(result);
            uint id = result.GetValue(uid);
            if (id == 0) throw new ArgumentException("UID must be 1 or more.");
            await using ImapClient imap = await ClientSession.OpenAsync(settings, "read", cancellationToken).ConfigureAwait(false);
            await imap.ExamineAsync(result.GetValue(folder)!, cancellationToken).ConfigureAwait(false);
            using ImapMessage message = await imap.GetMessageAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new ArgumentException($"No message with UID {id} in {result.GetValue(folder)}.");
            using MimeMessage mime = MimeMessage.Load(message.Data.ToArray());
            await output.WriteLineAsync(settings.Json ? ToJson(id, mime) : ToText(mime)).ConfigureAwait(false);
            await ClientSession.CloseAsync(imap, cancellationToken).ConfigureAwait(false);
            return 0;
        }, connection.Verbose));
        return command;
    }

    // The header as written (RFC 5322 form); the parsed value only when the header is unreadable text.
    private static string Date(MimeMessage m) => m.Headers["Date"]?.Trim() ?? m.Date?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Attachments(MimeMessage m) =>
        m.Attachments.Count == 0 ? "" : "\nAttachments: " + string.Join(", ", m.Attachments.Select(a => $"{a.FileName ?? "(unnamed)"} ({a.MediaType})"));

    private static string Body(MimeMessage m) => m.TextBody ?? (m.HtmlBody is { } html ? "(HTML only)\n" + html : "");

    private static string ToText(MimeMessage m) =>
        $"From: {string.Join(", ", m.From)}\nTo: {string.Join(", ", m.To)}\nSubject: {m.Subject}\nDate: {Date(m)}{Attachments(m)}\n\n{Body(m).TrimEnd()}";

    private static string ToJson(uint uid, MimeMessage m) => JsonText.Of(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("uid", uid);
        json.WriteString("from", string.Join(", ", m.From));
        json.WriteString("to", string.Join(", ", m.To));
        json.WriteString("subject", m.Subject);
        if (m.Date is { } date) json.WriteString("date", date);
        json.WriteString("text", m.TextBody);
        json.WriteString("html", m.HtmlBody);
        json.WriteStartArray("attachments");
        foreach (MimeAttachment a in m.Attachments) json.WriteStringValue(a.FileName);
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
