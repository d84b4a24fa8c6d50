using System.Buffers;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>Entry names and values of the METADATA commands (RFC 5464).</summary>
internal static class MetadataSyntax
{
    /// <summary>An entry is a non-empty astring without "*" or "%".</summary>
    public static bool IsEntry(string entry) => entry.Length > 0 && entry.AsSpan().IndexOfAny('*', '%') < 0;

    public static string CheckEntry(string entry, string name)
    {
        ArgumentNullException.ThrowIfNull(entry, name);
        if (!IsEntry(entry)) throw new ArgumentException($"'{entry}' is not a metadata entry (non-empty, no * or %)", name);
        return entry;
    }

    /// <summary>Reads an entry (astring), failing at its start when it is not a valid entry name.</summary>
    public static string ReadEntry(ref ImapReader reader)
    {
        long start = reader.Position;
        string entry = reader.ReadAString();
        if (!IsEntry(entry)) throw new ImapParseException(start, "a metadata entry must be non-empty and contain no * or %");
        return entry;
    }

    /// <summary>value: nstring / literal8; a literal8 is written only when the bytes hold NUL.</summary>
    public static void WriteValue(ImapWriter writer, ReadOnlyMemory<byte>? value)
    {
        if (value is not { } v) writer.WriteNil();
        else if (v.Span.Contains((byte)0)) writer.WriteLiteral(v.Span, binary: true);
        else writer.WriteString(v.Span);
    }

    /// <summary>Reads value: nstring / literal8, copying the bytes out of the frame.</summary>
    public static ReadOnlyMemory<byte>? ReadValue(ref ImapReader reader)
    {
        if (reader.TryReadNil()) return null;
        if (!reader.IsAtString) reader.Fail("expected a metadata value (string, literal8 or NIL)");
        return reader.ReadStringBytes().ToArray();
    }
}
