namespace Imap4.Cli.Shell;

/// <summary>The shell's line history, kept in a file under the user's configuration directory.</summary>
internal sealed class ShellHistory
{
    /// <summary>The most lines kept (older ones are dropped when the file is loaded).</summary>
    public const int MaxEntries = 1000;

    /// <summary>The longest line kept in the history.</summary>
    public const int MaxLineLength = 4096;

    private readonly List<string> _lines;
    private readonly string? _path;

    private ShellHistory(string? path, List<string> lines)
    {
        _path = path;
        _lines = lines;
    }

    /// <summary>The default file: <c>imap4/shell_history</c> under the user's configuration directory (~/.config on Linux).</summary>
    public static string DefaultPath => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "imap4", "shell_history");

    /// <summary>The lines, oldest first.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Loads the history (an unreadable file just means an empty history).</summary>
    /// <param name="path">The file, or null to keep the history in memory only.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The history.</returns>
    public static async Task<ShellHistory> LoadAsync(string? path, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        if (path is not null && File.Exists(path))
        {
            try
            {
                lines.AddRange(await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // History is a convenience; the shell works without it.
            }
        }
        if (lines.Count > MaxEntries) lines.RemoveRange(0, lines.Count - MaxEntries);
        var history = new ShellHistory(path, lines);
        if (path is not null && lines.Count == MaxEntries) await history.SaveAllAsync(cancellationToken).ConfigureAwait(false);
        return history;
    }

    /// <summary>Adds lines and appends them to the file.</summary>
    /// <param name="lines">The lines of one entry.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task.</returns>
    public async Task AddAsync(IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        List<string> kept = [.. lines.Where(l => !string.IsNullOrWhiteSpace(l) && l.Length <= MaxLineLength)];
        if (kept.Count == 0) return;
        _lines.AddRange(kept);
        if (_lines.Count > MaxEntries) _lines.RemoveRange(0, _lines.Count - MaxEntries);
        if (_path is null) return;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            await File.AppendAllLinesAsync(_path, kept, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only home must not break the shell.
        }
    }

    private async Task SaveAllAsync(CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllLinesAsync(_path!, _lines, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // As above: best effort.
        }
    }
}
