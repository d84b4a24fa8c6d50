using Imap4.Protocol.Primitives;

namespace Imap4.Cli.MailTools.Maildir;

/// <summary>
/// IMAP flags as Maildir info letters (<c>:2,DFPRST</c> in ASCII order): D \Draft, F \Flagged, P $Forwarded (passed),
/// R \Answered, S \Seen, T \Deleted; keywords as the lowercase letters of a <see cref="MaildirKeywords"/> table.
/// </summary>
internal static class MaildirFlags
{
    private static readonly (char Letter, Flag Flag)[] Letters =
    [
        ('D', Flag.Draft), ('F', Flag.Flagged), ('P', Flag.Forwarded), ('R', Flag.Answered), ('S', Flag.Seen), ('T', Flag.Deleted),
    ];

    /// <summary>The info letters for some flags, sorted; keywords without a letter are left out.</summary>
    /// <param name="flags">The flags.</param>
    /// <param name="keywords">The folder's keyword letters.</param>
    /// <returns>The letters, e.g. <c>FRS</c> or <c>Sa</c>.</returns>
    public static string ToInfo(IReadOnlyList<Flag> flags, MaildirKeywords keywords)
    {
        var letters = new List<char>();
        foreach (Flag flag in flags)
        {
            char? letter = LetterOf(flag) ?? keywords.LetterOf(flag);
            if (letter is { } c && !letters.Contains(c)) letters.Add(c);
        }
        letters.Sort();
        return new string([.. letters]);
    }

    /// <summary>The flags an info string stands for; unknown letters are ignored.</summary>
    /// <param name="info">The letters after <c>:2,</c>.</param>
    /// <param name="keywords">The folder's keyword letters.</param>
    /// <returns>The flags.</returns>
    public static IReadOnlyList<Flag> FromInfo(string info, MaildirKeywords keywords)
    {
        var flags = new List<Flag>();
        foreach (char c in info)
        {
            Flag? flag = FlagOf(c) ?? keywords.KeywordOf(c);
            if (flag is not null && !flags.Contains(flag)) flags.Add(flag);
        }
        return flags;
    }

    private static char? LetterOf(Flag flag)
    {
        foreach ((char letter, Flag system) in Letters)
            if (system.Equals(flag)) return letter;
        return null;
    }

    private static Flag? FlagOf(char letter)
    {
        foreach ((char c, Flag flag) in Letters)
            if (c == letter) return flag;
        return null;
    }
}
