using System.Text;
using Imap4.Mime.Codecs;
using Imap4.Mime.Text;

namespace Imap4.Mime.Messages;

/// <summary>
/// PREVIEW (RFC 8970 section 3): plain text from the message's first text part (HTML reduced to text), quoted lines and
/// the signature dropped when other text remains, white space collapsed to single spaces, cut to at most 200
/// characters by default and never more than 256 (Unicode scalar values, never splitting one). Empty when there is
/// no text. Reads only the beginning of the part.
/// </summary>
public static class MessagePreview
{
    /// <summary>The recommended length (RFC 8970: SHOULD be at most 200 characters).</summary>
    public const int DefaultLength = 200;

    /// <summary>The hard limit (RFC 8970: MUST NOT exceed 256 characters).</summary>
    public const int MaxLength = 256;

    // Decoded bytes read at most: enough for the preview even behind a long HTML head.
    private const int PlainBudget = 16 * 1024;
    private const int HtmlBudget = 64 * 1024;

    // Characters of text looked at: the preview is short, but quoted lines before the answer may be long.
    private const int TextBudget = 16 * 1024;

    /// <summary>The preview of a message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="maxLength">Most characters, 0 to 256.</param>
    /// <returns>The preview (possibly empty).</returns>
    public static string Create(MimeMessage message, int maxLength = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLength, MaxLength);
        var part = FirstTextPart(message);
        if (part is null) return "";
        bool html = part.ContentType.Is("text", "html");
        string text = Charsets.Decode(ReadStart(message, part, html ? HtmlBudget : PlainBudget), part.ContentType.Charset);
        if (html) text = HtmlText.ToPlainText(text);
        return FromText(text, maxLength);
    }

    /// <summary>The preview of plain text: quotes and signature dropped when other text remains, white space collapsed, cut.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">Most characters, 0 to 256.</param>
    /// <returns>The preview.</returns>
    public static string FromText(string text, int maxLength = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLength, MaxLength);
        if (text.Length > TextBudget) text = text[..TextBudget];
        string own = Normalize(WithoutQuotesAndSignature(text));
        return Cut(own.Length > 0 ? own : Normalize(text), maxLength);
    }

    private static MimePart? FirstTextPart(MimeMessage message)
    {
        var (plain, html) = (message.TextPart, message.HtmlPart);
        if (plain is null || html is null) return plain ?? html;
        return plain.HeaderOffset <= html.HeaderOffset ? plain : html;
    }

    private static byte[] ReadStart(MimeMessage message, MimePart part, int budget)
    {
        using var content = message.OpenDecoded(part);
        var buffer = new byte[budget];
        int total = 0, n;
        while (total < budget && (n = content.Read(buffer, total, budget - total)) > 0) total += n;
        return buffer.AsSpan(0, total).ToArray();
    }

    private static string WithoutQuotesAndSignature(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line == "-- ") break; // RFC 3676 4.3 signature separator
            if (line.TrimStart().StartsWith('>')) continue;
            sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Every run of white space and control characters becomes one space; the ends are trimmed.</summary>
    private static string Normalize(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 4096));
        bool space = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || rune.Value is 0x200B or 0xFEFF or 0x034F or 0x00AD)
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    private static string Cut(string text, int maxLength)
    {
        var sb = new StringBuilder();
        int count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (count++ == maxLength) break;
            sb.Append(rune.ToString());
        }
        return sb.ToString().TrimEnd();
    }
}
