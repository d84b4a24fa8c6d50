using System.Text;
using Imap4.Mime.Headers;

namespace Imap4.Mime.Parsing;

/// <summary>Reads header lines up to the blank line (or a boundary, or the end), splitting them into fields.</summary>
internal static class HeaderReader
{
    /// <summary>The fields, the index of the boundary that ended the header (or -1), and whether a blank line ended it.</summary>
    public static async ValueTask<(HeaderList Header, int Hit, bool SawBlankLine)> ReadAsync(LineReader reader, MimeParserRun run)
    {
        var fields = new List<HeaderField>();
        var current = new List<byte>();
        long currentOffset = 0;
        long budget = run.HeaderKeepLimit;
        int hit = -1;
        bool sawBlankLine = false;
        while (await reader.ReadLineAsync((int)Math.Clamp(budget, 0, int.MaxValue), run.CancellationToken).ConfigureAwait(false))
        {
            var line = reader.Kept;
            if (reader.Truncated) run.Repair("header exceeds the size limit: truncated");
            budget -= line.Length;
            int boundary = run.FindBoundary(line);
            if (boundary >= 0)
            {
                hit = boundary;
                break;
            }
            if (IsBlank(line))
            {
                sawBlankLine = true;
                break;
            }
            bool continuation = line.Length > 0 && line[0] is (byte)' ' or (byte)'\t';
            if (!continuation || current.Count == 0)
            {
                Flush(fields, current, currentOffset, run);
                currentOffset = reader.LineStart;
            }
            current.AddRange(line);
        }
        Flush(fields, current, currentOffset, run);
        return (new HeaderList(fields), hit, sawBlankLine);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.SequenceEqual("\r\n"u8) || line.SequenceEqual("\n"u8);

    private static void Flush(List<HeaderField> fields, List<byte> current, long offset, MimeParserRun run)
    {
        if (current.Count == 0) return;
        byte[] raw = current.ToArray();
        current.Clear();
        int colon = Array.IndexOf(raw, (byte)':');
        int lineEnd = Array.IndexOf(raw, (byte)'\n');
        if (colon < 0 || (lineEnd >= 0 && colon > lineEnd))
        {
            run.Repair("header line without colon: " + MimeParserRun.Describe(raw));
            fields.Add(new HeaderField(NameOf(raw.AsSpan(0, lineEnd < 0 ? raw.Length : lineEnd)), raw, raw.Length, offset));
            return;
        }
        fields.Add(new HeaderField(NameOf(raw.AsSpan(0, colon)), raw, colon + 1, offset));
    }

    private static string NameOf(ReadOnlySpan<byte> name) => Encoding.Latin1.GetString(name.TrimEnd(" \t\r\n"u8));
}
