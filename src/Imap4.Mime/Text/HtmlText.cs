using System.Net;
using System.Text;

namespace Imap4.Mime.Text;

/// <summary>
/// Turns HTML into plain text for previews and search: markup, comments, scripts, styles and the head are dropped,
/// block elements become line breaks, table cells spaces, character references are decoded. Not a renderer.
/// </summary>
public static class HtmlText
{
    private static readonly string[] Skipped = ["script", "style", "head", "title", "template", "noscript"];

    private static readonly string[] Blocks =
    [
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "hr", "section", "article", "header", "footer", "dt", "dd", "dl", "address", "center", "form",
    ];

    /// <summary>Converts HTML to plain text (line breaks kept, runs of spaces within a line collapsed).</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The text.</returns>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder(html.Length / 2);
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }
            text.Append(html, i, lt - i);
            i = SkipTag(html, lt, text);
        }
        return Collapse(WebUtility.HtmlDecode(text.ToString()));
    }

    /// <summary>Consumes the markup at <paramref name="lt"/>; returns the index after it.</summary>
    private static int SkipTag(string html, int lt, StringBuilder text)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            int end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }
        char next = lt + 1 < html.Length ? html[lt + 1] : ' ';
        if (!char.IsAsciiLetter(next) && next is not ('/' or '!' or '?'))
        {
            text.Append('<'); // a lone "<" in text
            return lt + 1;
        }
        int close = html.IndexOf('>', lt + 1);
        if (close < 0) return html.Length;
        string name = TagName(html, lt + 1, close, out bool endTag);
        if (!endTag && Array.IndexOf(Skipped, name) >= 0)
        {
            int end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
            if (end < 0) return html.Length;
            int endClose = html.IndexOf('>', end);
            return endClose < 0 ? html.Length : endClose + 1;
        }
        if (Array.IndexOf(Blocks, name) >= 0) text.Append('\n');
        else if (name is "td" or "th") text.Append(' ');
        else if (name == "img" && Attribute(html.AsSpan(lt, close - lt), "alt") is { Length: > 0 } alt) text.Append(alt);
        return close + 1;
    }

    private static string TagName(string html, int start, int end, out bool endTag)
    {
        endTag = start < end && html[start] == '/';
        if (endTag) start++;
        int i = start;
        while (i < end && char.IsAsciiLetterOrDigit(html[i])) i++;
        return html[start..i].ToLowerInvariant();
    }

    private static string? Attribute(ReadOnlySpan<char> tag, string name)
    {
        int at = tag.IndexOf((name + "=").AsSpan(), StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var rest = tag[(at + name.Length + 1)..];
        if (rest.Length > 0 && rest[0] is '"' or '\'')
        {
            int q = rest[1..].IndexOf(rest[0]);
            return q < 0 ? rest[1..].ToString() : rest.Slice(1, q).ToString();
        }
        int stop = rest.IndexOfAny(' ', '>', '/');
        return (stop < 0 ? rest : rest[..stop]).ToString();
    }

    /// <summary>Collapses spaces within lines, trims lines, and keeps at most one blank line in a row.</summary>
    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        int blank = 0;
        foreach (string raw in text.Split('\n'))
        {
            string line = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (result.Length > 0) result.Append(blank > 0 ? "\n\n" : "\n");
            result.Append(line);
            blank = 0;
        }
        return result.ToString();
    }
}
