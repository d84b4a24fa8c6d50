using System.Text;
using Imap4.Mime.Headers;

namespace Imap4.Server.Mail;

/// <summary>The comparison values of SORT and THREAD (RFC 5256, RFC 5957): base subject and address keys.</summary>
public static class SortValues
{
    /// <summary>
    /// The base subject (RFC 5256 section 2.1): encoded words decoded, white space collapsed, leading "Re:", "Fw:",
    /// "Fwd:" and "[blob]" prefixes, trailing "(fwd)" and "[Fwd: ...]" wrappers removed, upper-cased for comparison.
    /// </summary>
    /// <param name="subject">The Subject field's decoded value, or null.</param>
    /// <returns>The base subject.</returns>
    public static string BaseSubject(string? subject)
    {
        string s = Collapse(subject ?? "");
        while (true)
        {
            string before = s;
            s = StripTrailing(s);
            s = StripLeading(s);
            if (s.StartsWith("[FWD:", StringComparison.OrdinalIgnoreCase) && s.EndsWith(']')) s = s[5..^1].Trim();
            if (s == before) return s.ToUpperInvariant();
        }
    }

    /// <summary>The SORT key of an address field (RFC 5256: the first address's mailbox; RFC 5957 DISPLAY: its display name, else mailbox@host).</summary>
    /// <param name="header">The header.</param>
    /// <param name="field">From, To or Cc.</param>
    /// <param name="display">True for DISPLAYFROM / DISPLAYTO.</param>
    /// <returns>The key, upper-cased; empty when the field is absent.</returns>
    public static string AddressKey(HeaderList header, string field, bool display)
    {
        ArgumentNullException.ThrowIfNull(header);
        string value = header[field] ?? "";
        string first = value.Split(',', 2)[0].Trim();
        int lt = first.IndexOf('<', StringComparison.Ordinal);
        string address = lt >= 0 ? first[(lt + 1)..].TrimEnd('>', ' ') : first;
        if (display)
        {
            string name = lt > 0 ? first[..lt].Trim().Trim('"') : "";
            return (name.Length > 0 ? name : address).ToUpperInvariant();
        }
        int at = address.IndexOf('@', StringComparison.Ordinal);
        return (at >= 0 ? address[..at] : address).ToUpperInvariant();
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) space = sb.Length > 0;
            else
            {
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static string StripTrailing(string s)
    {
        while (true)
        {
            string t = s.TrimEnd();
            if (t.EndsWith("(fwd)", StringComparison.OrdinalIgnoreCase)) s = t[..^5];
            else return t;
        }
    }

    // Removes leading subj-blob and subj-refwd ("Re:", "Fw[d]:", optionally with a [blob] before the colon).
    private static string StripLeading(string s)
    {
        while (true)
        {
            string t = s.TrimStart();
            string? next = StripRefwd(t) ?? StripBlob(t);
            if (next is null) return t;
            s = next;
        }
    }

    private static string? StripRefwd(string s)
    {
        int n = s.StartsWith("re", StringComparison.OrdinalIgnoreCase) ? 2
            : s.StartsWith("fwd", StringComparison.OrdinalIgnoreCase) ? 3
            : s.StartsWith("fw", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        if (n == 0) return null;
        string rest = s[n..].TrimStart();
        if (rest.StartsWith('[') && rest.IndexOf(']', StringComparison.Ordinal) is int end and > 0) rest = rest[(end + 1)..].TrimStart();
        return rest.StartsWith(':') ? rest[1..] : null;
    }

    // A leading [blob] is removed only when something remains after it.
    private static string? StripBlob(string s)
    {
        if (!s.StartsWith('[')) return null;
        int end = s.IndexOf(']', StringComparison.Ordinal);
        if (end < 0 || s.AsSpan(1, end - 1).IndexOfAny('[', ']') >= 0) return null;
        string rest = s[(end + 1)..];
        return rest.Trim().Length == 0 ? null : rest;
    }
}
