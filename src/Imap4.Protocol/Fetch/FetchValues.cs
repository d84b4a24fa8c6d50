using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>Value syntax shared by several FETCH items: date-time, origin, section-binary, content strings.</summary>
internal static class FetchValues
{
    /// <summary>date-time: DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE.</summary>
    public static DateTimeOffset ReadDateTime(ref ImapReader reader)
    {
        long start = reader.Position;
        ReadOnlySpan<byte> text = reader.ReadQuotedSpan();
        try
        {
            return ImapDate.ParseDateTime(text);
        }
        catch (ImapParseException e)
        {
            throw new ImapParseException(start + 1 + e.Position, e.Reason);
        }
    }

    public static void WriteDateTime(ImapWriter writer, DateTimeOffset value)
    {
        Span<byte> buffer = stackalloc byte[ImapDate.DateTimeLength + 2];
        buffer[0] = (byte)'"';
        ImapDate.TryFormatDateTime(value, buffer[1..], out int n);
        buffer[n + 1] = (byte)'"';
        writer.WriteRaw(buffer[..(n + 2)]);
    }

    /// <summary>Optional <c>"&lt;" number "&gt;"</c> after a section.</summary>
    public static uint? ReadOrigin(ref ImapReader reader)
    {
        if (!reader.TryRead((byte)'<')) return null;
        uint origin = reader.ReadNumber();
        reader.Expect((byte)'>', "\">\"");
        return origin;
    }

    public static void WriteOrigin(ImapWriter writer, uint? origin)
    {
        if (origin is not { } o) return;
        writer.WriteByte((byte)'<');
        writer.WriteNumber(o);
        writer.WriteByte((byte)'>');
    }

    /// <summary>section-binary: <c>"[" [section-part] "]"</c>.</summary>
    public static uint[] ReadSectionPart(ref ImapReader reader)
    {
        reader.Expect((byte)'[', "\"[\"");
        if (reader.TryRead((byte)']')) return [];
        var part = new ListBuilder<uint>();
        do
        {
            part.Add(reader.ReadNzNumber());
        }
        while (reader.TryRead((byte)'.'));
        reader.Expect((byte)']', "\"]\"");
        return part.ToArray();
    }

    public static void WriteSectionPart(ImapWriter writer, IReadOnlyList<uint> part)
    {
        writer.WriteByte((byte)'[');
        for (int i = 0; i < part.Count; i++)
        {
            if (i > 0) writer.WriteByte((byte)'.');
            writer.WriteNumber(part[i]);
        }
        writer.WriteByte((byte)']');
    }

    /// <summary>nstring content: NIL, or a quoted string / literal chosen by the writer.</summary>
    public static void WriteContent(ImapWriter writer, ReadOnlyMemory<byte>? content)
    {
        if (content is { } c) writer.WriteString(c.Span);
        else writer.WriteNil();
    }

    /// <summary>"(" value ")" around an objectid or mod-sequence; the parentheses are tolerated missing.</summary>
    public static ReadOnlySpan<byte> ReadObjectId(ref ImapReader reader)
    {
        bool list = reader.TryEnterList();
        ReadOnlySpan<byte> id = reader.ReadAtomSpan();
        if (list) reader.ExitList();
        return id;
    }
}
