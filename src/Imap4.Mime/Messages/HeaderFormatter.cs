using System.Text;
using Imap4.Mime.Codecs;
using Imap4.Mime.Headers;

namespace Imap4.Mime.Messages;

/// <summary>
/// Writes header fields for the builder: values folded at existing white space to lines of at most 78 characters where
/// possible (never more than 998), non-ASCII text as RFC 2047 words, parameters as RFC 2231 when they need it.
/// </summary>
internal static class HeaderFormatter
{
    private const int SoftLimit = 78;

    /// <summary>Appends <c>name: value</c> CRLF, folded.</summary>
    public static void AppendField(StringBuilder output, string name, string value)
    {
        var line = new StringBuilder(name).Append(": ").Append(value);
        int lineStart = 0;
        int minFold = name.Length + 2;
        while (line.Length - lineStart > SoftLimit)
        {
            int fold = -1;
            for (int i = lineStart + SoftLimit; i > lineStart + minFold; i--)
                if (line[i] is ' ' or '\t') { fold = i; break; }
            for (int i = lineStart + SoftLimit + 1; fold < 0 && i < line.Length; i++)
                if (line[i] is ' ' or '\t') fold = i;
            if (fold < 0) break;
            line.Insert(fold, "\r\n");
            lineStart = fold + 2;
            minFold = 1;
        }
        output.Append(line).Append("\r\n");
    }

    /// <summary>Unstructured text (Subject, Content-Description): as is when plain ASCII with short words, else RFC 2047 words.</summary>
    public static string Unstructured(string text)
    {
        // Leading white space would be lost when the field is unfolded; encoded words keep it.
        bool encode = text.Contains("=?", StringComparison.Ordinal) || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
        int word = 0;
        foreach (char c in text)
        {
            if (c > 126 || (c < 32 && c != '\t')) encode = true;
            word = c == ' ' ? 0 : word + 1;
            if (word > SoftLimit - 10) encode = true;
        }
        return encode ? EncodedWords.EncodeAlways(text) : text;
    }

    /// <summary>An address list, groups written as <c>name: a, b;</c>.</summary>
    public static string AddressList(IReadOnlyList<MessageAddress> list)
    {
        var sb = new StringBuilder();
        string? group = null;
        foreach (var a in list)
        {
            if (a.GroupName != group)
            {
                if (group is not null) sb.Append(';');
                if (sb.Length > 0) sb.Append(", ");
                if (a.GroupName is not null) sb.Append(Phrase(a.GroupName)).Append(": ");
                group = a.GroupName;
            }
            else if (sb.Length > 0 && !sb.ToString().EndsWith(": ", StringComparison.Ordinal)) sb.Append(", ");
            sb.Append(Address(a));
        }
        if (group is not null) sb.Append(';');
        return sb.ToString();
    }

    private static string Address(MessageAddress a)
    {
        string spec = AddrSpec(a.Address);
        return string.IsNullOrEmpty(a.Name) ? spec : Phrase(a.Name) + " <" + spec + ">";
    }

    private static string AddrSpec(string address)
    {
        int at = address.LastIndexOf('@');
        string local = at < 0 ? address : address[..at];
        bool dotAtom = local.Length > 0 && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal);
        foreach (char c in local)
            if (c != '.' && !IsAtext(c)) dotAtom = false;
        return (dotAtom ? local : Quote(local)) + (at < 0 ? "" : address[at..]);
    }

    /// <summary>A display name: atoms as they are, ASCII with specials quoted, anything else as RFC 2047 words.</summary>
    public static string Phrase(string name)
    {
        bool ascii = true, atoms = true;
        foreach (char c in name)
        {
            if (c > 126 || (c < 32 && c != '\t')) ascii = false;
            else if (c != ' ' && !IsAtext(c)) atoms = false;
        }
        if (!ascii || name.Contains("=?", StringComparison.Ordinal)) return EncodedWords.EncodeAlways(name);
        return atoms && name.Trim() == name && !name.Contains("  ", StringComparison.Ordinal) ? name : Quote(name);
    }

    private static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static bool IsAtext(char c) => c < 128 && Rfc822Reader.IsAtext((byte)c);

    /// <summary>
    /// <c>; name=value</c>: a token as it is, other ASCII quoted, non-ASCII or long values as RFC 2231 <c>name*=utf-8''...</c>
    /// split into numbered sections of at most 60 characters.
    /// </summary>
    public static void AppendParameter(StringBuilder value, string name, string parameter)
    {
        bool ascii = true, token = parameter.Length > 0;
        foreach (char c in parameter)
        {
            if (c > 126 || c < 32) ascii = false;
            else if (!Rfc822Reader.IsTokenChar((byte)c)) token = false;
        }
        if (ascii && parameter.Length <= 60)
        {
            value.Append("; ").Append(name).Append('=').Append(token ? parameter : Quote(parameter));
            return;
        }
        string encoded = PercentEncode(parameter);
        var sections = new List<string>();
        for (int i = 0; i < encoded.Length;)
        {
            int take = Math.Min(i == 0 ? 48 : 60, encoded.Length - i);
            if (take < encoded.Length - i && encoded[i + take - 1] == '%') take--; // never split a %XX
            else if (take < encoded.Length - i && take >= 2 && encoded[i + take - 2] == '%') take -= 2;
            sections.Add(encoded.Substring(i, take));
            i += take;
        }
        if (sections.Count == 1)
        {
            value.Append("; ").Append(name).Append("*=utf-8''").Append(sections[0]);
            return;
        }
        for (int i = 0; i < sections.Count; i++)
            value.Append("; ").Append(name).Append('*').Append(i).Append('*').Append('=').Append(i == 0 ? "utf-8''" : "").Append(sections[i]);
    }

    private static string PercentEncode(string text)
    {
        var sb = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            if (b < 128 && Rfc822Reader.IsTokenChar(b) && b is not ((byte)'*' or (byte)'\'' or (byte)'%')) sb.Append((char)b);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
