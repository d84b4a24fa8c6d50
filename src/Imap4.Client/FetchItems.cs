using System.Text;
using Imap4.Protocol;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Wire;

namespace Imap4.Client;

/// <summary>Parses FETCH items and body sections written as IMAP text, for callers who prefer strings.</summary>
public static class FetchItems
{
    /// <summary>
    /// Parses a FETCH item list such as <c>"UID FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)]"</c> (with or without the
    /// surrounding parentheses), or one macro (<c>ALL</c>, <c>FAST</c>, <c>FULL</c>).
    /// </summary>
    /// <param name="items">The text.</param>
    /// <returns>The attributes.</returns>
    /// <exception cref="FormatException">The text is not a FETCH item list.</exception>
    public static IReadOnlyList<FetchAttribute> Parse(string items)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(items);
        string text = items.Trim();
        if (text.StartsWith('(') && text.EndsWith(')')) text = text[1..^1].Trim();
        byte[] bytes = Encoding.UTF8.GetBytes(text + "\r\n");
        try
        {
            return ReadList(bytes);
        }
        catch (ImapParseException e)
        {
            throw new FormatException($"'{items}' is not a FETCH item list: {e.Message}", e);
        }
    }

    /// <summary>Parses a body section specification: what goes between the brackets, e.g. <c>"1.2.MIME"</c> or <c>""</c>.</summary>
    /// <param name="section">The text.</param>
    /// <returns>The section.</returns>
    /// <exception cref="FormatException">The text is not a section specification.</exception>
    public static BodySection ParseSection(string section)
    {
        ArgumentNullException.ThrowIfNull(section);
        byte[] bytes = Encoding.UTF8.GetBytes("[" + section.Trim() + "]\r\n");
        try
        {
            var reader = new ImapReader(bytes);
            BodySection parsed = BodySection.Read(ref reader);
            if (!reader.IsAtEndOfLine) reader.Fail("unexpected text after the section");
            return parsed;
        }
        catch (ImapParseException e)
        {
            throw new FormatException($"'{section}' is not a body section: {e.Message}", e);
        }
    }

    private static List<FetchAttribute> ReadList(byte[] bytes)
    {
        var reader = new ImapReader(bytes);
        var list = new List<FetchAttribute>();
        do
        {
            list.Add(FetchAttribute.Read(ref reader, allowMacro: list.Count == 0));
        }
        while (reader.TryReadSpace());
        if (!reader.IsAtEndOfLine) reader.Fail("unexpected text after the items");
        if (list.Count > 1 && list[0].IsMacro) reader.Fail("a macro must be the only item");
        return list;
    }
}
