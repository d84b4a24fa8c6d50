using System.Globalization;
using Imap4.Cli.Client;

namespace Imap4.Cli.MailTools;

/// <summary>The closing line of a mail tool run: text, or one JSON object with <c>--json</c>.</summary>
internal static class MailToolSummary
{
    /// <summary>Formats the summary.</summary>
    /// <param name="json">True for JSON.</param>
    /// <param name="verb">What was done, e.g. <c>Backed up</c>.</param>
    /// <param name="folders">How many folders.</param>
    /// <param name="path">The file or directory.</param>
    /// <param name="messages">How many messages were new in this run.</param>
    /// <returns>The line.</returns>
    public static string Format(bool json, string verb, int folders, string path, long messages) => json
        ? JsonText.Of(w =>
        {
            w.WriteStartObject();
            w.WriteString("action", verb);
            w.WriteNumber("folders", folders);
            w.WriteString("path", path);
            w.WriteNumber("messages", messages);
            w.WriteEndObject();
        })
        : string.Create(CultureInfo.InvariantCulture, $"{verb} {folders} folder(s) {(verb == "Imported" ? "from" : "to")} {path}: {messages} new message(s).");
}
