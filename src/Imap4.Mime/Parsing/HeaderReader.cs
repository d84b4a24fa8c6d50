using System.Text;
using Imap4.Mime.Headers;

namespace Imap4.Mime.Parsing;

/// <summary>Reads header lines up to the blank line (or a boundary, or the end), splitting them into fields.</summary>
internal static class HeaderReader
{
    public static HeaderList Read(LineReader reader, MimeParserRun run, out int hit, out bool sawBlankLine)
    {
        var fields = new List<HeaderField>();
        var current = new List<byte>();
        long currentOffset = 0;
        long budget = run.HeaderKeepLimit;
        hit = -1;
        sawBlankLine = false;
        while (reader.ReadLine((int)Math.Clamp(budget, 0, int.MaxValue)))
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
        return new HeaderList(fields);
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
