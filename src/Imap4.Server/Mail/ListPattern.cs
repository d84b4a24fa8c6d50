using Imap4.Storage;

namespace Imap4.Server.Mail;

/// <summary>
/// A LIST pattern (RFC 9051 section 6.3.9): the reference joined to the pattern, where <c>*</c> matches anything and
/// <c>%</c> anything but the hierarchy delimiter. INBOX matches case-insensitively as a first level.
/// </summary>
public sealed class ListPattern
{
    private readonly string _pattern;

    /// <summary>Creates the pattern of a reference and a mailbox pattern.</summary>
    /// <param name="reference">The reference name (may be empty).</param>
    /// <param name="pattern">The pattern.</param>
    public ListPattern(string reference, string pattern)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(pattern);
        string joined = reference.Length > 0 && !reference.EndsWith(MailboxPath.Delimiter) && pattern.Length > 0 && pattern[0] != MailboxPath.Delimiter
            ? reference + MailboxPath.Delimiter + pattern
            : reference + pattern;
        _pattern = FoldInbox(joined);
    }

    /// <summary>True when the pattern matches a canonical name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(string name) => Match(_pattern.AsSpan(), name.AsSpan());

    /// <summary>
    /// True when some name below <paramref name="name"/> could match (for CHILDINFO): the pattern matches the name
    /// followed by a delimiter and anything.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether a descendant may match.</returns>
    public bool MatchesDescendantOf(string name) => !Matches(name) && PrefixMatch(_pattern.AsSpan(), (name + MailboxPath.Delimiter).AsSpan());

    private static string FoldInbox(string s)
    {
        if (s.Length >= 5 && s.AsSpan(0, 5).Equals("INBOX", StringComparison.OrdinalIgnoreCase) && (s.Length == 5 || s[5] == MailboxPath.Delimiter))
            return "INBOX" + s[5..];
        return s;
    }

    private static bool Match(ReadOnlySpan<char> p, ReadOnlySpan<char> s)
    {
        while (p.Length > 0)
        {
            char c = p[0];
            if (c is '*' or '%')
            {
                ReadOnlySpan<char> rest = p[1..];
                for (int i = 0; i <= s.Length; i++)
                {
                    if (Match(rest, s[i..])) return true;
                    if (i < s.Length && c == '%' && s[i] == MailboxPath.Delimiter) return false;
                }
                return false;
            }
            if (s.Length == 0 || s[0] != c) return false;
            p = p[1..];
            s = s[1..];
        }
        return s.Length == 0;
    }

    // True when the pattern can match some string that starts with the prefix.
    private static bool PrefixMatch(ReadOnlySpan<char> p, ReadOnlySpan<char> prefix)
    {
        while (prefix.Length > 0)
        {
            if (p.Length == 0) return false;
            char c = p[0];
            if (c == '*') return true;
            if (c == '%')
            {
                for (int i = 0; i <= prefix.Length; i++)
                {
                    if (PrefixMatch(p[1..], prefix[i..])) return true;
                    if (i < prefix.Length && prefix[i] == MailboxPath.Delimiter) return false;
                }
                return false;
            }
            if (prefix[0] != c) return false;
            p = p[1..];
            prefix = prefix[1..];
        }
        return true;
    }
}
