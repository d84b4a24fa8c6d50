using System.Text;

namespace Imap4.Cli.Shell;

/// <summary>
/// The read-evaluate-print loop: collects lines until they form a complete C# submission, runs it, prints the value
/// or a one-line error, and ends on <c>exit</c>, <c>quit</c> or end of input.
/// </summary>
/// <param name="evaluator">Runs the entries.</param>
/// <param name="output">Where values go.</param>
/// <param name="error">Where errors go.</param>
internal sealed class ShellSession(ShellEvaluator evaluator, TextWriter output, TextWriter error)
{
    /// <summary>The longest entry accepted, in characters (bounds memory when a script never closes a brace).</summary>
    public const int MaxEntryLength = 1024 * 1024;

    /// <summary>The prompt for a new entry.</summary>
    public const string Prompt = "> ";

    /// <summary>The prompt while an entry is incomplete.</summary>
    public const string ContinuationPrompt = ". ";

    /// <summary>Runs entries until the input ends.</summary>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Ends the loop.</param>
    /// <returns>The number of entries that failed.</returns>
    public async Task<int> RunAsync(IShellInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        int failures = 0;
        while (await ReadEntryAsync(input, cancellationToken).ConfigureAwait(false) is { } lines)
        {
            string code = string.Join('\n', lines);
            if (lines.Count == 1 && code.Trim() is "exit" or "quit" or "exit()" or "quit()") break;
            await input.AddHistoryAsync(lines, cancellationToken).ConfigureAwait(false);
            if (!await RunEntryAsync(input, code, cancellationToken).ConfigureAwait(false)) failures++;
        }
        return failures;
    }

    private async Task<bool> RunEntryAsync(IShellInput input, string code, CancellationToken cancellationToken)
    {
        if (code.Length > MaxEntryLength)
        {
            await error.WriteLineAsync($"error: the entry is longer than {MaxEntryLength} characters (ShellSession.MaxEntryLength).").ConfigureAwait(false);
            return false;
        }
        ShellOutcome outcome = await EvaluateInterruptiblyAsync(input, code, cancellationToken).ConfigureAwait(false);
        if (outcome.Error is { } message)
        {
            await error.WriteLineAsync(message).ConfigureAwait(false);
            await error.FlushAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }
        if (outcome.HasValue) await output.WriteLineAsync(ShellRenderer.Render(outcome.Result)).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    // Ctrl+C on a terminal cancels the entry (its token, also the global ct) and returns to the prompt; an entry that
    // ignores the token is left behind rather than waited for.
    private async Task<ShellOutcome> EvaluateInterruptiblyAsync(IShellInput input, string code, CancellationToken cancellationToken)
    {
        using var entry = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var finished = new CancellationTokenSource();
        Task watch = input.WatchForInterruptAsync(entry, finished.Token);
        try
        {
            return await evaluator.EvaluateAsync(code, entry.Token).WaitAsync(entry.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ShellOutcome.Failed("Cancelled (Ctrl+C).");
        }
        finally
        {
            await finished.CancelAsync().ConfigureAwait(false);
            await watch.ConfigureAwait(false);
        }
    }

    // Lines until the submission is complete; blank lines between entries are skipped. Null at the end of input.
    private static async Task<List<string>?> ReadEntryAsync(IShellInput input, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var text = new StringBuilder();
        while (true)
        {
            string? line = await input.ReadLineAsync(lines.Count == 0 ? Prompt : ContinuationPrompt, cancellationToken).ConfigureAwait(false);
            if (line is null) return lines.Count == 0 ? null : lines; // An unfinished entry at the end still runs (and reports its error).
            if (lines.Count == 0 && string.IsNullOrWhiteSpace(line)) continue;
            lines.Add(line);
            text.Append(line).Append('\n');
            if (text.Length > MaxEntryLength || ShellEvaluator.IsComplete(text.ToString())) return lines;
        }
    }
}
