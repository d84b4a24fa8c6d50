namespace Imap4.Mime.Messages;

/// <summary>Reads msg-id lists (Message-ID, In-Reply-To, References, Content-ID): ids without angle brackets.</summary>
internal static class MessageIds
{
    /// <summary>Every <c>&lt;id&gt;</c> in order; without brackets, the white-space separated words (comments dropped).</summary>
    public static List<string> All(string? value)
    {
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(value)) return result;
        string text = WithoutComments(value);
        int i = 0;
        while (true)
        {
            int open = text.IndexOf('<', i);
            if (open < 0) break;
            int close = text.IndexOf('>', open + 1);
            if (close < 0) break;
            string id = text[(open + 1)..close].Trim();
            if (id.Length > 0) result.Add(id);
            i = close + 1;
        }
        if (result.Count == 0)
            foreach (string word in text.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries)) result.Add(word);
        return result;
    }

    public static string? First(string? value) => All(value) is { Count: > 0 } ids ? ids[0] : null;

    private static string WithoutComments(string value)
    {
        if (!value.Contains('(', StringComparison.Ordinal)) return value;
        var sb = new System.Text.StringBuilder(value.Length);
        int depth = 0;
        bool quoted = false;
        foreach (char c in value)
        {
            if (c == '"' && depth == 0) quoted = !quoted;
            if (!quoted && c == '(') depth++;
            else if (!quoted && c == ')' && depth > 0) depth--;
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }
}
