namespace Imap4.Cli.Shell;

/// <summary>Plain line-by-line reading of a script fed on standard input: no prompts, no history.</summary>
/// <param name="reader">The input.</param>
internal sealed class RedirectedInput(TextReader reader) : IShellInput
{
    /// <inheritdoc />
    public bool Interactive => false;

    /// <inheritdoc />
    public Task<string?> ReadLineAsync(string prompt, CancellationToken cancellationToken) => reader.ReadLineAsync(cancellationToken).AsTask();

    /// <inheritdoc />
    public Task AddHistoryAsync(IReadOnlyList<string> entry, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    // A script has no keyboard: Ctrl+C is a signal, which ends the whole shell.
    public Task WatchForInterruptAsync(CancellationTokenSource entry, CancellationToken stop) => Task.CompletedTask;
}
