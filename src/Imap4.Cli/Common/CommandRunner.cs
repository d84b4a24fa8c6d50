using System.CommandLine;
using Imap4.Storage;

namespace Imap4.Cli.Common;

/// <summary>Runs a command's body and turns the errors a user can fix into a message and exit code 1.</summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/>; expected failures are reported on the error writer.</summary>
    /// <param name="parseResult">The parse result (for the output writers).</param>
    /// <param name="body">The command body.</param>
    /// <param name="verbose">An option that, when set, prints the whole exception instead of its message.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(ParseResult parseResult, Func<TextWriter, Task<int>> body, Option<bool>? verbose = null)
    {
        TextWriter output = parseResult.InvocationConfiguration.Output;
        try
        {
            return await body(output).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException
            or MailStoreException or FormatException or NotSupportedException or Imap4.Client.ImapException)
        {
            bool details = verbose is not null && parseResult.GetValue(verbose);
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"imap4: {(details ? e.ToString() : e.Message)}").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e) when (verbose is not null && e is not OperationCanceledException)
        {
            // Commands with --verbose promise no stack trace without it, even for the unforeseen.
            bool details = parseResult.GetValue(verbose);
            string text = details ? e.ToString() : $"unexpected error: {e.Message} (--verbose for details)";
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"imap4: {text}").ConfigureAwait(false);
            return 1;
        }
    }
}
