using System.CommandLine;
using System.Globalization;
using Imap4.Cli.Common;
using Imap4.Client;

namespace Imap4.Cli.Client;

/// <summary><c>imap4 status FOLDER</c>: a folder's counters (STATUS) without selecting it.</summary>
internal static class StatusCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder, e.g. INBOX." };
        var connection = new ClientOptions();
        var command = new Command("status", "Show a folder's message counts, UIDNEXT, UIDVALIDITY and size.") { folder };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings settings = connection.Read(result);
            await using ImapClient imap = await ClientSession.OpenAsync(settings, "status", cancellationToken).ConfigureAwait(false);
            FolderStatus status = await imap.GetStatusAsync(result.GetValue(folder)!, null, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(settings.Json ? ToJson(status) : ToText(status)).ConfigureAwait(false);
            await ClientSession.CloseAsync(imap, cancellationToken).ConfigureAwait(false);
            return 0;
        }, connection.Verbose));
        return command;
    }

    private static IEnumerable<(string Name, ulong? Value)> Counters(FolderStatus s) =>
    [
        ("messages", s.Messages), ("unseen", s.Unseen), ("recent", s.Recent), ("deleted", s.Deleted),
        ("uidnext", s.UidNext), ("uidvalidity", s.UidValidity), ("size", s.Size), ("highestmodseq", s.HighestModSeq),
    ];

    private static string ToText(FolderStatus status)
    {
        var text = new System.Text.StringBuilder(status.Name);
        foreach ((string name, ulong? value) in Counters(status))
            if (value is { } v) text.Append('\n').Append(CultureInfo.InvariantCulture, $"  {name,-14}{v}");
        return text.ToString();
    }

    private static string ToJson(FolderStatus status) => JsonText.Of(json =>
    {
        json.WriteStartObject();
        json.WriteString("folder", status.Name);
        foreach ((string name, ulong? value) in Counters(status))
            if (value is { } v) json.WriteNumber(name, v);
        json.WriteEndObject();
    });
}
