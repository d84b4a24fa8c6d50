using System.Text;

namespace Imap4.Mime.Headers;

/// <summary>
/// Splits a date-time into words, numbers, times (<c>hh:mm[:ss]</c>, white space around colons allowed, as the obsolete
/// syntax does) and signed zones, dropping comments (nested, with quoted pairs), commas and other punctuation.
/// </summary>
internal static class MailDateTokens
{
    public enum Kind
    {
        Word,
        Number,
        Time,
        Zone,
        IsoDate,
    }

    public readonly record struct Token(Kind Kind, string Text);

    public static List<Token> Read(string text)
    {
        string s = WithoutComments(text);
        var tokens = new List<Token>();
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsAsciiLetter(c)) tokens.Add(new Token(Kind.Word, Take(s, ref i, char.IsAsciiLetter)));
            else if (char.IsAsciiDigit(c)) tokens.Add(ReadNumberOrTime(s, ref i, tokens.Count == 0));
            else if (c is '+' or '-' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                i++;
                tokens.Add(new Token(Kind.Zone, c + Take(s, ref i, ch => char.IsAsciiDigit(ch) || ch == ':')));
            }
            else i++;
        }
        return tokens;
    }

    private static Token ReadNumberOrTime(string s, ref int i, bool first)
    {
        int start = i;
        string digits = Take(s, ref i, char.IsAsciiDigit);
        if (first && digits.Length == 4 && i < s.Length && s[i] == '-') return new Token(Kind.IsoDate, digits);
        var time = new StringBuilder(digits);
        while (TryColon(s, ref i))
        {
            string next = Take(s, ref i, char.IsAsciiDigit);
            if (next.Length == 0) break;
            time.Append(':').Append(next);
        }
        return i > start + digits.Length ? new Token(Kind.Time, time.ToString()) : new Token(Kind.Number, digits);
    }

    /// <summary>Consumes optional white space, a colon, optional white space; restores the position when there is no colon.</summary>
    private static bool TryColon(string s, ref int i)
    {
        int j = i;
        while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
        if (j >= s.Length || s[j] != ':') return false;
        j++;
        while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
        if (j >= s.Length || !char.IsAsciiDigit(s[j])) return false;
        i = j;
        return true;
    }

    private static string Take(string s, ref int i, Func<char, bool> accept)
    {
        int start = i;
        while (i < s.Length && accept(s[i])) i++;
        return s[start..i];
    }

    private static string WithoutComments(string text)
    {
        if (!text.Contains('(', StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length);
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (depth > 0 && c == '\\') i++;
            else if (c == '(') depth++;
            else if (c == ')' && depth > 0)
            {
                depth--;
                sb.Append(' ');
            }
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }
}
