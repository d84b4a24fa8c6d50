using System.Text;
using System.Text.RegularExpressions;

namespace Imap4.Protocol.Tests.Rfc;

/// <summary>
/// Extracts the C:/S: transcripts of the RFC texts vendored in Rfc/Data. Lines broken "for editorial clarity" (unprefixed,
/// indented deeper than the prefix) are joined with a space; literals announced at a line end take their bytes from the
/// following lines of the same side, joined with CRLF (continuation requests of the other side skipped). When the RFC's
/// octet count does not match its own text, the literal is taken to end at the last whole line before the rest of the
/// command (a line starting with ")" or SP) and the count is rewritten to the true length.
/// </summary>
public static partial class RfcExamples
{
    private static readonly Dictionary<string, IReadOnlyList<RfcExample>> Cache = [];

    [GeneratedRegex(@"^(\s+|\s*Example:\s+)([CS]):(?: (.*))?$")]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"(~?)\{(\d+)(\+?)\}$")]
    private static partial Regex LiteralAtEnd();

    private sealed record RawLine(int Number, char Side, string Text, int Indent)
    {
        public int LastLine { get; init; } = Number;
    }

    /// <summary>All examples of one RFC file.</summary>
    public static IReadOnlyList<RfcExample> Of(string rfc)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(rfc, out var list)) Cache[rfc] = list = Extract(rfc, File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Rfc", "Data", rfc)));
            return list;
        }
    }

    private static List<RawLine> Lines(string[] text)
    {
        var lines = new List<RawLine>();
        for (int i = 0; i < text.Length; i++)
        {
            Match m = Prefixed().Match(text[i]);
            if (m.Success)
            {
                string content = m.Groups[3].Value;
                // The RFCs align text after "S:" with extra spaces; the first space belongs to the prefix.
                if (content.Length > 0 && !content.StartsWith(' ')) content = content.TrimEnd();
                lines.Add(new RawLine(i + 1, m.Groups[2].Value[0], content.Trim(), m.Groups[1].Value.Length));
                continue;
            }
            // Editorial continuation: directly after an example line, indented deeper than its prefix.
            // (Or at any indentation while a parenthesis, bracket or quote of the line is still open.)
            if (lines.Count > 0 && lines[^1].LastLine == i && text[i].Length > 0 && char.IsWhiteSpace(text[i][0])
                && (text[i].Length - text[i].TrimStart().Length > lines[^1].Indent || IsOpen(lines[^1].Text)))
            {
                RawLine last = lines[^1];
                // A break after a comma or an opening parenthesis is inside a list: join without the space.
                string glue = last.Text.EndsWith(',') || last.Text.EndsWith('(') ? "" : " ";
                lines[^1] = last with { Text = last.Text + glue + text[i].Trim(), LastLine = i + 1 };
            }
        }
        return lines;
    }

    private static IReadOnlyList<RfcExample> Extract(string rfc, string[] text)
    {
        List<RawLine> lines = Lines(text);
        var examples = new List<RfcExample>();
        string context = "";
        for (int i = 0; i < lines.Count; i++)
        {
            RawLine first = lines[i];
            var frame = new StringBuilder(first.Text);
            int next = i + 1;
            bool complete = true;
            string current = first.Text;
            while (LiteralAtEnd().Match(current) is { Success: true } lit)
            {
                int size = int.Parse(lit.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                var stream = new List<string>();
                int j = next;
                for (; j < lines.Count; j++)
                {
                    if (lines[j].Side != first.Side)
                    {
                        if (lines[j].Text.StartsWith('+')) continue;
                        break;
                    }
                    stream.Add(lines[j].Text);
                }
                if (stream.Count == 0) { complete = false; break; }
                string joined = string.Join("\r\n", stream);
                byte[] bytes = Encoding.UTF8.GetBytes(joined);
                string literal, rest;
                if (bytes.Length >= size && (bytes.Length == size || bytes[size] is (byte)'\r' or (byte)' ' or (byte)')'))
                {
                    literal = Encoding.UTF8.GetString(bytes, 0, size);
                    rest = Encoding.UTF8.GetString(bytes, size, bytes.Length - size);
                }
                else
                {
                    int end = stream.FindIndex(1, s => s.StartsWith(')') || s.StartsWith(' ') || s.Length == 0 && false);
                    if (end < 0) end = stream.Count - 1;
                    literal = string.Join("\r\n", stream.Take(end)) + "\r\n";
                    rest = string.Join("\r\n", stream.Skip(end));
                    int newSize = Encoding.UTF8.GetByteCount(literal);
                    frame.Length -= lit.Length;
                    frame.Append(lit.Groups[1].Value).Append('{').Append(newSize).Append(lit.Groups[3].Value).Append('}');
                }
                // Only the rest's first line belongs to this frame; what follows its CRLF are later lines.
                int crlf = rest.IndexOf("\r\n", StringComparison.Ordinal);
                string restLine = crlf < 0 ? rest : rest[..crlf];
                int restEnd = Encoding.UTF8.GetByteCount(literal) + Encoding.UTF8.GetByteCount(restLine);
                int consumedLines = LinesStartingAtOrBefore(stream, restEnd);
                frame.Append("\r\n").Append(literal).Append(restLine);
                current = restLine;
                // Advance past every line consumed (including skipped continuation lines in between).
                int taken = 0, k = next;
                for (; k < lines.Count && taken < consumedLines; k++)
                    if (lines[k].Side == first.Side) taken++;
                next = k;
            }
            if (first.Side == 'C' && !IsDataLine(context)) context = first.Text;
            if (complete) examples.Add(new RfcExample(rfc, first.Number, first.Side, Encoding.UTF8.GetBytes(frame + "\r\n"), context));
            i = next - 1;
            if (first.Side == 'S' && Regex.IsMatch(first.Text, @"^[^*+ ]+ (OK|NO|BAD)\b", RegexOptions.IgnoreCase)) context = "";
        }
        return examples;
    }

    private static bool IsDataLine(string context) =>
        Regex.IsMatch(context, @"^\S+ (AUTHENTICATE|IDLE)\b", RegexOptions.IgnoreCase);

    /// <summary>True when a line leaves a parenthesis, bracket or quoted string open.</summary>
    private static bool IsOpen(string line)
    {
        int depth = 0;
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '\\') i++;
                else if (c == '"') quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth--;
        }
        return quoted || depth > 0;
    }

    /// <summary>How many stream lines start at or before byte offset <paramref name="end"/> of their CRLF-joined form.</summary>
    private static int LinesStartingAtOrBefore(List<string> stream, int end)
    {
        int start = 0, count = 0;
        foreach (string s in stream)
        {
            if (start > end) break;
            count++;
            start += Encoding.UTF8.GetByteCount(s) + 2;
        }
        return count;
    }
}
