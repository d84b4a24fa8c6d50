using System.CommandLine;
using System.Text;
using Imap4.Cli.Common;
using Imap4.Client;
using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Cli.Client;

/// <summary><c>imap4 search FOLDER QUERY...</c>: UID SEARCH with criteria in IMAP syntax; prints the UIDs.</summary>
internal static class SearchCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder, e.g. INBOX." };
        var query = new Argument<string[]>("QUERY") { Description = "IMAP search criteria, e.g. UNSEEN FROM \"alice\" (default: ALL).", Arity = ArgumentArity.ZeroOrMore };
        var connection = new ClientOptions();
        var command = new Command("search", "Search a folder; prints the matching UIDs.") { folder, query };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async output =>
        {
            ClientSettings settings = connection.Read(result);
            SearchKey criteria = Parse(result.GetValue(query) ?? []);
            await using ImapClient imap = await ClientSession.OpenAsync(settings, "search", cancellationToken).ConfigureAwait(false);
            await imap.ExamineAsync(result.GetValue(folder)!, cancellationToken).ConfigureAwait(false);
            SearchResult uids = await imap.SearchAsync(criteria, criteria.RequiresCharset ? "UTF-8" : null, cancellationToken).ConfigureAwait(false);
            string text = settings.Json
                ? JsonText.Of(json => { json.WriteStartArray(); foreach (uint uid in uids) json.WriteNumberValue(uid); json.WriteEndArray(); })
                : string.Join(' ', uids);
            if (text.Length > 0) await output.WriteLineAsync(text).ConfigureAwait(false);
            await ClientSession.CloseAsync(imap, cancellationToken).ConfigureAwait(false);
            return 0;
        }, connection.Verbose));
        return command;
    }

    /// <summary>Parses the words of a query as IMAP search keys (the shell already split them; they are rejoined).</summary>
    /// <param name="words">The query words.</param>
    /// <returns>The criteria.</returns>
    /// <exception cref="ArgumentException">The query is not valid IMAP search syntax.</exception>
    public static SearchKey Parse(IReadOnlyList<string> words)
    {
        string text = words.Count == 0 ? "ALL" : string.Join(' ', words.Select(Requote));
        var reader = new ImapReader(Encoding.UTF8.GetBytes(text + "\r\n"));
        try
        {
            SearchKey key = SearchProgram.Read(ref reader);
            if (!reader.IsAtEndOfLine) throw new ArgumentException($"Unexpected text in the search query: '{text}'.");
            return key;
        }
        catch (Imap4.Protocol.ImapParseException e)
        {
            throw new ArgumentException($"Bad search query '{text}': {e.Message}", e);
        }
    }

    // The shell strips the quotes of FROM "alice smith"; a word with spaces gets them back.
    private static string Requote(string word) =>
        word.Contains(' ', StringComparison.Ordinal) && !word.Contains('"', StringComparison.Ordinal) && !word.Contains('(', StringComparison.Ordinal)
            ? "\"" + word + "\"" : word;
}
