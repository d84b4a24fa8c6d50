using System.CommandLine;
using System.Text.Json;
using Imap4.Cli.Common;
using Imap4.Client;

namespace Imap4.Cli.Client;

/// <summary>
/// <c>imap4 raw [COMMAND...] [connection options]</c>: sends each argument (or each line of standard input) as an IMAP
/// command, without tag, and prints the untagged responses and the tagged result. Exit code 1 when one got NO or BAD.
/// </summary>
internal static class RawCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var commands = new Argument<string[]>("COMMAND") { Description = "IMAP commands without tag, e.g. \"SELECT INBOX\" (default: lines of standard input).", Arity = ArgumentArity.ZeroOrMore };
        var connection = new ClientOptions();
        var command = new Command("raw", "Send raw IMAP commands and print the responses.") { commands };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings settings = connection.Read(result);
            IReadOnlyList<string> lines = result.GetValue(commands) is { Length: > 0 } given ? given : await ReadStandardInputAsync(cancellationToken).ConfigureAwait(false);
            await using ImapConnection imap = await ClientConnector.ConnectAsync(
                await ClientSettingsResolver.ResolveAsync(settings, interactive: false, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            var results = new List<(string Command, ImapCommandResult Result)>();
            foreach (string line in lines)
            {
                ImapCommandResult reply = await ExecuteAsync(imap, line, cancellationToken).ConfigureAwait(false);
                results.Add((line, reply));
                if (!settings.Json) await WriteTextAsync(output, reply).ConfigureAwait(false);
            }
            if (settings.Json) await output.WriteLineAsync(ToJson(results)).ConfigureAwait(false);
            return results.TrueForAll(r => r.Result.IsOk) ? 0 : 1;
        }, connection.Verbose));
        return command;
    }

    private static async Task<ImapCommandResult> ExecuteAsync(ImapConnection imap, string line, CancellationToken cancellationToken)
    {
        try
        {
            return await imap.ExecuteRawAsync(line, cancellationToken).ConfigureAwait(false);
        }
        catch (ImapCommandException e) when (e.Result is not null)
        {
            // NO and BAD are answers worth printing, not failures of the tool.
            return e.Result;
        }
    }

    private static async Task<IReadOnlyList<string>> ReadStandardInputAsync(CancellationToken cancellationToken)
    {
        if (!Console.IsInputRedirected) throw new ArgumentException("Give commands as arguments, or pipe them in, one a line.");
        var lines = new List<string>();
        while (await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line)) lines.Add(line.Trim());
        }
        return lines;
    }

    private static async Task WriteTextAsync(TextWriter output, ImapCommandResult result)
    {
        foreach (var status in result.UntaggedStatus) await output.WriteLineAsync(status.ToString()).ConfigureAwait(false);
        foreach (var response in result.Untagged) await output.WriteLineAsync(Untagged(response)).ConfigureAwait(false);
        await output.WriteLineAsync(result.Status.ToString()).ConfigureAwait(false);
    }

    private static string Untagged(object response)
    {
        string text = response.ToString() ?? "";
        return text.StartsWith("* ", StringComparison.Ordinal) ? text : "* " + text;
    }

    private static string ToJson(List<(string Command, ImapCommandResult Result)> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach ((string line, ImapCommandResult result) in results)
            {
                json.WriteStartObject();
                json.WriteString("command", line);
                json.WriteString("tag", result.Tag);
                json.WriteString("status", Imap4.Protocol.Responses.StatusResponse.KindName(result.Status.Kind));
                json.WriteString("code", result.Status.Code?.ToString());
                json.WriteString("text", result.Status.Text);
                json.WriteStartArray("untagged");
                foreach (var status in result.UntaggedStatus) json.WriteStringValue(status.ToString());
                foreach (var response in result.Untagged) json.WriteStringValue(Untagged(response));
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
