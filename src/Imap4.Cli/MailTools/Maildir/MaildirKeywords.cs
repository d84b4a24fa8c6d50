using System.Globalization;
using Imap4.Protocol.Primitives;

namespace Imap4.Cli.MailTools.Maildir;

/// <summary>
/// A folder's keyword letters, kept as Dovecot does in <c>dovecot-keywords</c>: lines <c>N keyword</c>, where N 0..25
/// stands for the letters a..z. Keywords beyond the 26th have no letter and are not kept in a Maildir.
/// </summary>
internal sealed class MaildirKeywords
{
    /// <summary>The file name in the Maildir folder.</summary>
    public const string FileName = "dovecot-keywords";

    /// <summary>How many keywords a Maildir folder can name (a..z).</summary>
    public const int Capacity = 26;

    private readonly string?[] _keywords = new string?[Capacity];

    /// <summary>True when keywords were added since loading.</summary>
    public bool Changed { get; private set; }

    /// <summary>Reads the table of a Maildir folder; an absent file is an empty table; bad lines are skipped.</summary>
    /// <param name="folder">The Maildir folder.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The table.</returns>
    public static async Task<MaildirKeywords> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var table = new MaildirKeywords();
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return table;
        foreach (string line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && int.TryParse(line.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n < Capacity
                && Flag.TryParse(line[(space + 1)..], out Flag? flag) && flag.IsKeyword)
                table._keywords[n] = flag.Value;
        }
        return table;
    }

    /// <summary>The letter of a keyword, adding it when there is room; null for system flags and a full table.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>The letter, or null.</returns>
    public char? LetterOf(Flag flag)
    {
        if (!flag.IsKeyword) return null;
        int free = -1;
        for (int i = 0; i < Capacity; i++)
        {
            if (_keywords[i] is { } k && string.Equals(k, flag.Value, StringComparison.OrdinalIgnoreCase)) return (char)('a' + i);
            if (_keywords[i] is null && free < 0) free = i;
        }
        if (free < 0) return null;
        _keywords[free] = flag.Value;
        Changed = true;
        return (char)('a' + free);
    }

    /// <summary>The keyword of a letter, or null.</summary>
    /// <param name="letter">A letter a..z.</param>
    /// <returns>The keyword flag, or null.</returns>
    public Flag? KeywordOf(char letter) =>
        letter is >= 'a' and <= 'z' && _keywords[letter - 'a'] is { } k ? new Flag(k) : null;

    /// <summary>Writes the table atomically when it changed.</summary>
    /// <param name="folder">The Maildir folder.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    public async Task SaveAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Changed) return;
        var lines = new List<string>();
        for (int i = 0; i < Capacity; i++)
            if (_keywords[i] is { } k) lines.Add(string.Create(CultureInfo.InvariantCulture, $"{i} {k}"));
        string path = Path.Combine(folder, FileName);
        await File.WriteAllLinesAsync(path + ".tmp", lines, cancellationToken).ConfigureAwait(false);
        File.Move(path + ".tmp", path, overwrite: true);
        Changed = false;
    }
}
