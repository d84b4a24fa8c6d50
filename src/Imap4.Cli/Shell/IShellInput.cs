namespace Imap4.Cli.Shell;

/// <summary>Where the shell reads lines: a terminal (editing, history) or a redirected stream (a script).</summary>
internal interface IShellInput
{
    /// <summary>Whether prompts and the banner are shown (a terminal).</summary>
    bool Interactive { get; }

    /// <summary>Reads one line.</summary>
    /// <param name="prompt">The prompt (shown only when interactive).</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The line, or null at the end of input.</returns>
    Task<string?> ReadLineAsync(string prompt, CancellationToken cancellationToken);

    /// <summary>Records a finished entry in the history (no-op for a script).</summary>
    /// <param name="entry">The entry's lines.</param>
    /// <param name="cancellationToken">Cancels saving.</param>
    /// <returns>A task.</returns>
    Task AddHistoryAsync(IReadOnlyList<string> entry, CancellationToken cancellationToken);

    /// <summary>While an entry runs: cancels <paramref name="entry"/> on Ctrl+C (a terminal), until <paramref name="stop"/>.</summary>
    /// <param name="entry">The running entry's cancellation.</param>
    /// <param name="stop">Ends the watch (the entry finished).</param>
    /// <returns>A task that completes when <paramref name="stop"/> fires.</returns>
    Task WatchForInterruptAsync(CancellationTokenSource entry, CancellationToken stop);
}
