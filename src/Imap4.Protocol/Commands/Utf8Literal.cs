using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>utf8-literal = "UTF8" SP "(" literal8 ")"</c> (RFC 6855 section 4), for APPEND data and CATENATE parts.</summary>
internal static class Utf8Literal
{
    /// <summary>Writes the whole utf8-literal.</summary>
    public static void Write(ImapWriter writer, ReadOnlySpan<byte> data)
    {
        writer.WriteRaw("UTF8 ("u8);
        writer.WriteLiteral(data, binary: true);
        writer.WriteByte((byte)')');
    }

    /// <summary>Reads <c>SP "(" literal8 ")"</c> after the keyword UTF8.</summary>
    public static ReadOnlyMemory<byte> Read(ref ImapReader reader)
    {
        reader.ReadSpace();
        reader.EnterList();
        long start = reader.Position;
        if (reader.Peek() != '~') throw new ImapParseException(start, "UTF8 takes a literal8 (~{n})");
        ReadOnlyMemory<byte> data = CoreSyntax.Copy(reader.ReadLiteral(out _));
        reader.ExitList();
        return data;
    }
}
