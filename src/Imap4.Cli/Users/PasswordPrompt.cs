using System.Text;

namespace Imap4.Cli.Users;

/// <summary>Reads a password from the terminal without echo, or a line from redirected standard input.</summary>
internal static class PasswordPrompt
{
    /// <summary>Asks for a password (twice on a terminal, to catch typos).</summary>
    /// <param name="prompt">The prompt.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The password.</returns>
    /// <exception cref="InvalidOperationException">No password was given, or the two entries differ.</exception>
    public static async Task<string> ReadAsync(string prompt, CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected)
        {
            string? line = await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(line) ? throw new InvalidOperationException("No password on standard input.") : line;
        }
        string first = ReadHidden(prompt);
        string second = ReadHidden("Repeat: ");
        if (first.Length == 0) throw new InvalidOperationException("Empty password.");
        return first == second ? first : throw new InvalidOperationException("The passwords differ.");
    }

    /// <summary>Asks for an existing password once (no confirmation).</summary>
    /// <param name="prompt">The prompt.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The password.</returns>
    /// <exception cref="InvalidOperationException">No password was given.</exception>
    public static async Task<string> ReadOnceAsync(string prompt, CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected)
        {
            string? line = await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(line) ? throw new InvalidOperationException("No password on standard input.") : line;
        }
        return ReadHidden(prompt);
    }

    // Console key reading is synchronous by nature; it runs only on an interactive terminal.
    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var password = new StringBuilder();
        while (true)
        {
            ConsoleKeyInfo key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0) password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return password.ToString();
    }
}
