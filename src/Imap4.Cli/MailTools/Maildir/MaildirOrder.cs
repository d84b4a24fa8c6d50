using System.Globalization;

namespace Imap4.Cli.MailTools.Maildir;

/// <summary>
/// The order to import a Maildir folder in: Dovecot's UID order when a <c>dovecot-uidlist</c> names the file, then file
/// names compared with their digit runs as numbers (Maildir names start with a time and a counter of varying width;
/// a backup's names start with the zero-padded UID).
/// </summary>
internal static class MaildirOrder
{
    /// <summary>Dovecot's UID list in a Maildir folder.</summary>
    public const string DovecotUidList = "dovecot-uidlist";

    /// <summary>Sorts message files.</summary>
    /// <param name="folder">The Maildir folder.</param>
    /// <param name="files">The full paths of its messages.</param>
    /// <param name="cancellationToken">Cancels reading the UID list.</param>
    /// <returns>The files in import order.</returns>
    public static async Task<List<string>> SortAsync(string folder, IEnumerable<string> files, CancellationToken cancellationToken)
    {
        Dictionary<string, uint> uids = await ReadUidListAsync(Path.Combine(folder, DovecotUidList), cancellationToken).ConfigureAwait(false);
        return [.. files
            .Select(f => (Path: f, Unique: MaildirFileName.UniqueOf(Path.GetFileName(f))))
            .OrderBy(f => uids.TryGetValue(f.Unique, out uint uid) ? uid : uint.MaxValue)
            .ThenBy(f => f.Unique, NaturalComparer.Instance)
            .Select(f => f.Path)];
    }

    /// <summary>Reads <c>dovecot-uidlist</c> (after its header line: <c>UID [extensions] :name</c>); bad lines are skipped.</summary>
    private static async Task<Dictionary<string, uint>> ReadUidListAsync(string path, CancellationToken cancellationToken)
    {
        var uids = new Dictionary<string, uint>(StringComparer.Ordinal);
        if (!File.Exists(path)) return uids;
        string[] lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        foreach (string line in lines.Skip(1))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            int name = line.IndexOf(':', StringComparison.Ordinal);
            if (space > 0 && name > space && uint.TryParse(line.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out uint uid))
                uids[MaildirFileName.UniqueOf(line[(name + 1)..])] = uid;
        }
        return uids;
    }

    /// <summary>Compares strings with runs of ASCII digits compared by value.</summary>
    private sealed class NaturalComparer : IComparer<string>
    {
        public static readonly NaturalComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null) return string.CompareOrdinal(x, y);
            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
                {
                    int si = i, sj = j;
                    while (i < x.Length && char.IsAsciiDigit(x[i])) i++;
                    while (j < y.Length && char.IsAsciiDigit(y[j])) j++;
                    ReadOnlySpan<char> a = x.AsSpan(si, i - si).TrimStart('0'), b = y.AsSpan(sj, j - sj).TrimStart('0');
                    int byValue = a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
                    if (byValue != 0) return byValue;
                    continue;
                }
                if (x[i] != y[j]) return x[i].CompareTo(y[j]);
                i++;
                j++;
            }
            return (x.Length - i).CompareTo(y.Length - j);
        }
    }
}
