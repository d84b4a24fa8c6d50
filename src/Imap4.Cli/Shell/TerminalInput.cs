using System.Text;

namespace Imap4.Cli.Shell;

/// <summary>
/// A small line editor for the terminal: left/right, home/end, backspace/delete, up/down through the history,
/// Ctrl+C to discard the line (or cancel the running entry), Ctrl+D on an empty line for end of input.
/// </summary>
internal sealed class TerminalInput : IShellInput, IDisposable
{
    private readonly ShellHistory _history;
    private readonly bool _treatControlC;

    /// <summary>Takes over the terminal: from now until <see cref="Dispose"/>, Ctrl+C is a key, not a signal that would
    /// end the shell (it discards the line being typed, or cancels the running entry, as in Python's shell).</summary>
    /// <param name="history">The history.</param>
    public TerminalInput(ShellHistory history)
    {
        _history = history;
        _treatControlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
    }

    /// <summary>Gives Ctrl+C back to the signal handler.</summary>
    public void Dispose() => Console.TreatControlCAsInput = _treatControlC;

    /// <inheritdoc />
    public bool Interactive => true;

    /// <inheritdoc />
    public Task AddHistoryAsync(IReadOnlyList<string> entry, CancellationToken cancellationToken) => _history.AddAsync(entry, cancellationToken);

    /// <summary>How often a waiting prompt checks for a key (polling keeps the wait cancellable).</summary>
    public static readonly TimeSpan KeyPollInterval = TimeSpan.FromMilliseconds(15);

    private readonly Queue<ConsoleKeyInfo> _typedAhead = new();

    /// <inheritdoc />
    public async Task WatchForInterruptAsync(CancellationTokenSource entry, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(entry);
        while (!stop.IsCancellationRequested)
        {
            if (!Console.KeyAvailable)
            {
                await Task.Delay(KeyPollInterval, stop).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
                continue;
            }
            ConsoleKeyInfo key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.C && key.Modifiers.HasFlag(ConsoleModifiers.Control)) await entry.CancelAsync().ConfigureAwait(false);
            else _typedAhead.Enqueue(key); // kept for the next prompt
        }
    }

    private async Task<ConsoleKeyInfo> NextKeyAsync(CancellationToken cancellationToken)
    {
        if (_typedAhead.TryDequeue(out ConsoleKeyInfo typed)) return typed;
        while (!Console.KeyAvailable) await Task.Delay(KeyPollInterval, cancellationToken).ConfigureAwait(false);
        return Console.ReadKey(intercept: true);
    }

    /// <inheritdoc />
    public async Task<string?> ReadLineAsync(string prompt, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        int cursor = 0;
        int recalled = _history.Lines.Count;
        await Console.Out.WriteAsync(prompt).ConfigureAwait(false);
        while (true)
        {
            ConsoleKeyInfo key = await NextKeyAsync(cancellationToken).ConfigureAwait(false);
            bool control = key.Modifiers.HasFlag(ConsoleModifiers.Control);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    await Console.Out.WriteLineAsync().ConfigureAwait(false);
                    return line.ToString();
                case ConsoleKey.D when control && line.Length == 0:
                    await Console.Out.WriteLineAsync().ConfigureAwait(false);
                    return null;
                case ConsoleKey.C when control:
                    await Console.Out.WriteLineAsync("^C").ConfigureAwait(false);
                    line.Clear();
                    cursor = 0;
                    break;
                case ConsoleKey.LeftArrow: cursor = Math.Max(0, cursor - 1); break;
                case ConsoleKey.RightArrow: cursor = Math.Min(line.Length, cursor + 1); break;
                case ConsoleKey.Home: cursor = 0; break;
                case ConsoleKey.End: cursor = line.Length; break;
                case ConsoleKey.Backspace when cursor > 0: line.Remove(--cursor, 1); break;
                case ConsoleKey.Delete when cursor < line.Length: line.Remove(cursor, 1); break;
                case ConsoleKey.UpArrow when recalled > 0: cursor = Recall(line, --recalled); break;
                case ConsoleKey.DownArrow when recalled < _history.Lines.Count:
                    recalled++;
                    cursor = recalled == _history.Lines.Count ? Clear(line) : Recall(line, recalled);
                    break;
                default:
                    if (!char.IsControl(key.KeyChar)) line.Insert(cursor++, key.KeyChar);
                    break;
            }
            await Console.Out.WriteAsync(Redraw(prompt, line, cursor)).ConfigureAwait(false);
        }
    }

    private int Recall(StringBuilder line, int index)
    {
        line.Clear().Append(_history.Lines[index]);
        return line.Length;
    }

    private static int Clear(StringBuilder line)
    {
        line.Clear();
        return 0;
    }

    // Carriage return, prompt and text, erase to the end of the line, then move the cursor back into place (ANSI).
    private static string Redraw(string prompt, StringBuilder line, int cursor)
    {
        int back = line.Length - cursor;
        return $"\r{prompt}{line}\u001b[K{(back > 0 ? $"\u001b[{back}D" : "")}";
    }
}
