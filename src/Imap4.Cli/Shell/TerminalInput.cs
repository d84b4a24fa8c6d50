using System.Text;

namespace Imap4.Cli.Shell;

/// <summary>
/// A small line editor for the terminal: left/right, home/end, backspace/delete, up/down through the history,
/// Ctrl+D on an empty line for end of input.
/// </summary>
/// <param name="history">The history.</param>
internal sealed class TerminalInput(ShellHistory history) : IShellInput
{
    /// <inheritdoc />
    public bool Interactive => true;

    /// <inheritdoc />
    public Task AddHistoryAsync(IReadOnlyList<string> entry, CancellationToken cancellationToken) => history.AddAsync(entry, cancellationToken);

    /// <inheritdoc />
    // Console key reading is synchronous by nature; it runs only on an interactive terminal.
    public Task<string?> ReadLineAsync(string prompt, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        int cursor = 0;
        int recalled = history.Lines.Count;
        Console.Write(prompt);
        while (!cancellationToken.IsCancellationRequested)
        {
            ConsoleKeyInfo key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.WriteLine();
                    return Task.FromResult<string?>(line.ToString());
                case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control) && line.Length == 0:
                    Console.WriteLine();
                    return Task.FromResult<string?>(null);
                case ConsoleKey.LeftArrow: cursor = Math.Max(0, cursor - 1); break;
                case ConsoleKey.RightArrow: cursor = Math.Min(line.Length, cursor + 1); break;
                case ConsoleKey.Home: cursor = 0; break;
                case ConsoleKey.End: cursor = line.Length; break;
                case ConsoleKey.Backspace when cursor > 0: line.Remove(--cursor, 1); break;
                case ConsoleKey.Delete when cursor < line.Length: line.Remove(cursor, 1); break;
                case ConsoleKey.UpArrow when recalled > 0: cursor = Recall(line, --recalled); break;
                case ConsoleKey.DownArrow when recalled < history.Lines.Count:
                    recalled++;
                    cursor = recalled == history.Lines.Count ? Clear(line) : Recall(line, recalled);
                    break;
                default:
                    if (!char.IsControl(key.KeyChar)) line.Insert(cursor++, key.KeyChar);
                    break;
            }
            Redraw(prompt, line, cursor);
        }
        return Task.FromCanceled<string?>(cancellationToken);
    }

    private int Recall(StringBuilder line, int index)
    {
        line.Clear().Append(history.Lines[index]);
        return line.Length;
    }

    private static int Clear(StringBuilder line)
    {
        line.Clear();
        return 0;
    }

    // Carriage return, prompt and text, erase to the end of the line, then move the cursor back into place (ANSI).
    private static void Redraw(string prompt, StringBuilder line, int cursor)
    {
        int back = line.Length - cursor;
        Console.Write($"\r{prompt}{line}\u001b[K{(back > 0 ? $"\u001b[{back}D" : "")}");
    }
}
