using System.Buffers;
using System.Text;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>Grammar pieces shared by the core commands (flag lists, date-time, LIST patterns, byte comparisons).</summary>
internal static class CoreSyntax
{
    /// <summary>flag-list for APPEND, where <c>\*</c> is not a flag that can be set (it only appears in PERMANENTFLAGS).</summary>
    public static IReadOnlyList<Flag> ReadAppendFlags(ref ImapReader reader)
    {
        var flags = new List<Flag>();
        reader.EnterList();
        if (reader.TryExitList()) return flags;
        do
        {
            long start = reader.Position;
            Flag flag = reader.ReadFlag();
            if (flag.IsWildcard) throw new ImapParseException(start, "\\* is not a flag that can be set");
            flags.Add(flag);
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return flags;
    }

    /// <summary>list-mailbox, decoded from modified UTF-7 unless UTF-8 names are in use (patterns name mailboxes too).</summary>
    public static string ReadListMailbox(ref ImapReader reader)
    {
        long start = reader.Position;
        string raw = reader.ReadListMailbox();
        if (reader.Utf8Mailboxes) return raw;
        try
        {
            return ModifiedUtf7.Decode(raw);
        }
        catch (FormatException e)
        {
            throw new ImapParseException(start, $"invalid modified UTF-7 in pattern: {e.Message}");
        }
    }

    /// <summary>Writes list-mailbox: bare list-chars when possible (wildcards need no quotes), else a string.</summary>
    public static void WriteListMailbox(ImapWriter writer, string pattern)
    {
        string wire = writer.Options.Utf8 ? pattern : ModifiedUtf7.Encode(pattern);
        if (ImapChars.IsListMailbox(wire)) writer.WriteRaw(wire);
        else writer.WriteString(wire);
    }

    /// <summary>Validates a LIST pattern given by a caller.</summary>
    public static string CheckPattern(string pattern, string paramName)
    {
        ArgumentNullException.ThrowIfNull(pattern, paramName);
        if (pattern.Contains('\0', StringComparison.Ordinal)) throw new ArgumentException("A pattern cannot contain NUL.", paramName);
        if (!ModifiedUtf7.IsWellFormed(pattern)) throw new ArgumentException("A pattern cannot contain a lone surrogate.", paramName);
        return pattern;
    }

    /// <summary>Copies a literal out of the frame, which the framer will reuse.</summary>
    public static ReadOnlyMemory<byte> Copy(ReadOnlySequence<byte> data) => data.ToArray();

    /// <summary>Reads a literal (not literal8) and copies it; NUL is rejected, as only literal8 may carry it.</summary>
    public static ReadOnlyMemory<byte> ReadTextLiteral(ref ImapReader reader, string what)
    {
        long start = reader.Position;
        ReadOnlySequence<byte> data = reader.ReadLiteral(out bool binary);
        if (binary) throw new ImapParseException(start, $"{what} takes a literal, not a literal8");
        ReadOnlyMemory<byte> copy = Copy(data);
        if (copy.Span.Contains((byte)0)) throw new ImapParseException(start, $"NUL in {what} literal (only literal8 may hold NUL)");
        return copy;
    }

    /// <summary>Copies a caller's list so later changes to it cannot change the record, and rejects nulls.</summary>
    public static IReadOnlyList<T> Freeze<T>(IEnumerable<T> items, string paramName)
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        T[] copy = [.. items];
        foreach (T item in copy)
            if (item is null) throw new ArgumentException("The list cannot contain null.", paramName);
        return copy;
    }

    /// <summary>Formats a list for ToString.</summary>
    public static string Join<T>(IReadOnlyList<T>? items) => items is null ? "null" : "[" + string.Join(", ", items) + "]";

    /// <summary>ASCII bytes of a keyword, for messages.</summary>
    public static string Ascii(ReadOnlySpan<byte> bytes) => Encoding.ASCII.GetString(bytes);
}
