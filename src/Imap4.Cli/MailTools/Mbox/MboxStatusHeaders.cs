using System.Text;
using Imap4.Protocol.Primitives;

namespace Imap4.Cli.MailTools.Mbox;

/// <summary>
/// Flags in mbox, as mutt and Dovecot write them: <c>Status:</c> (R \Seen, O old), <c>X-Status:</c> (A \Answered,
/// F \Flagged, T \Draft, D \Deleted) and <c>X-Keywords:</c>. An export puts these lines first, before the message's own
/// header, and always writes <c>Status:</c>; an import reads and removes exactly such leading lines, so the message
/// bytes round-trip unchanged (a message that itself began with one of these headers would lose it).
/// </summary>
internal static class MboxStatusHeaders
{
    private static readonly (char Letter, Flag Flag)[] XStatus = [('A', Flag.Answered), ('F', Flag.Flagged), ('T', Flag.Draft), ('D', Flag.Deleted)];

    /// <summary>The lines for some flags.</summary>
    /// <param name="flags">The flags.</param>
    /// <param name="lineEnd">The line end to use (the message's own).</param>
    /// <returns>The lines.</returns>
    public static string Format(IReadOnlyList<Flag> flags, string lineEnd)
    {
        var sb = new StringBuilder("Status: ");
        if (flags.Contains(Flag.Seen)) sb.Append('R');
        sb.Append('O').Append(lineEnd);
        string x = string.Concat(XStatus.Where(s => flags.Contains(s.Flag)).Select(s => s.Letter));
        if (x.Length > 0) sb.Append("X-Status: ").Append(x).Append(lineEnd);
        string keywords = string.Join(' ', flags.Where(f => f.IsKeyword).Select(f => f.Value));
        if (keywords.Length > 0) sb.Append("X-Keywords: ").Append(keywords).Append(lineEnd);
        return sb.ToString();
    }

    /// <summary>True when a line (without its end) is one of the status lines.</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsStatusLine(string line) =>
        line.StartsWith("Status:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("X-Status:", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("X-Keywords:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the flags a status line stands for.</summary>
    /// <param name="line">The line (without its end).</param>
    /// <param name="flags">Receives the flags.</param>
    public static void Read(string line, List<Flag> flags)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        string name = line[..colon].Trim();
        string value = line[(colon + 1)..].Trim();
        if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
        {
            if (value.Contains('R', StringComparison.Ordinal)) Add(flags, Flag.Seen);
        }
        else if (name.Equals("X-Status", StringComparison.OrdinalIgnoreCase))
        {
            foreach ((char letter, Flag flag) in XStatus)
                if (value.Contains(letter, StringComparison.Ordinal)) Add(flags, flag);
        }
        else
        {
            foreach (string word in value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
                if (Flag.TryParse(word, out Flag? keyword) && keyword.IsKeyword) Add(flags, keyword);
        }
    }

    private static void Add(List<Flag> flags, Flag flag)
    {
        if (!flags.Contains(flag)) flags.Add(flag);
    }
}
