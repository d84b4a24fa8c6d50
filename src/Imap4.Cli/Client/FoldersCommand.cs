using System.CommandLine;
using System.Text.Json;
using Imap4.Cli.Common;
using Imap4.Client;
using Imap4.Protocol.Responses;

namespace Imap4.Cli.Client;

/// <summary><c>imap4 folders [connection options]</c>: lists the mailboxes (LIST "" "*") with their attributes.</summary>
internal static class FoldersCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var connection = new ClientOptions();
        var command = new Command("folders", "List the mailboxes of an account.");
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings settings = await ClientSettingsResolver.ResolveAsync(connection.Read(result), interactive: false, cancellationToken).ConfigureAwait(false);
            if (settings.User is null) throw new ArgumentException("folders needs a user: -u NAME (or 'username' in the config file).");
            await using ImapConnection imap = await ClientConnector.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
            ImapCommandResult list = await imap.ExecuteRawAsync("LIST \"\" \"*\"", cancellationToken).ConfigureAwait(false);
            IReadOnlyList<ListResponse> folders = list.Get<ListResponse>();
            await output.WriteLineAsync(settings.Json ? ToJson(folders) : ToText(folders)).ConfigureAwait(false);
            await imap.LogoutAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }, connection.Verbose));
        return command;
    }

    private static string ToText(IReadOnlyList<ListResponse> folders)
    {
        var text = new System.Text.StringBuilder();
        foreach (ListResponse folder in folders)
        {
            text.Append(folder.Mailbox.Name);
            if (folder.Attributes.Count > 0) text.Append("  (").AppendJoin(' ', folder.Attributes).Append(')');
            text.Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }

    private static string ToJson(IReadOnlyList<ListResponse> folders)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (ListResponse folder in folders)
            {
                json.WriteStartObject();
                json.WriteString("name", folder.Mailbox.Name);
                json.WriteString("delimiter", folder.Delimiter?.ToString());
                json.WriteStartArray("attributes");
                foreach (MailboxAttribute attribute in folder.Attributes) json.WriteStringValue(attribute.ToString());
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
