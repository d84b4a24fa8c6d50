using System.CommandLine;
using Imap4.Cli.Common;
using Imap4.Client;

namespace Imap4.Cli.Client;

/// <summary><c>imap4 append FOLDER FILE</c>: stores a message file (RFC 5322) in a folder; prints the APPENDUID when given.</summary>
internal static class AppendCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder, e.g. INBOX." };
        var file = new Argument<FileInfo>("FILE") { Description = "The message file (.eml)." };
        var connection = new ClientOptions();
        var command = new Command("append", "Add a message file to a folder.") { folder, file };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings settings = connection.Read(result);
            FileInfo path = result.GetValue(file)!;
            if (!path.Exists) throw new ArgumentException($"No such file: {path.FullName}");
            byte[] data = await File.ReadAllBytesAsync(path.FullName, cancellationToken).ConfigureAwait(false);
            if (data.Length == 0) throw new ArgumentException($"The file is empty: {path.FullName}");
            await using ImapClient imap = await ClientSession.OpenAsync(settings, "append", cancellationToken).ConfigureAwait(false);
            AppendResult appended = await imap.AppendAsync(result.GetValue(folder)!, data, null, null, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(settings.Json ? ToJson(appended) : ToText(appended)).ConfigureAwait(false);
            await ClientSession.CloseAsync(imap, cancellationToken).ConfigureAwait(false);
            return 0;
        }, connection.Verbose));
        return command;
    }

    private static string ToText(AppendResult r) =>
        r.Uid is { } uid ? $"Appended: UID {uid} (UIDVALIDITY {r.UidValidity})" : "Appended (the server gave no UID).";

    private static string ToJson(AppendResult r) => JsonText.Of(json =>
    {
        json.WriteStartObject();
        if (r.UidValidity is { } validity) json.WriteNumber("uidvalidity", validity); else json.WriteNull("uidvalidity");
        if (r.Uid is { } uid) json.WriteNumber("uid", uid); else json.WriteNull("uid");
        json.WriteEndObject();
    });
}
