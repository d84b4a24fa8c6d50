using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>One part of an APPEND CATENATE list (RFC 4469): literal text or an IMAP URL of existing message data.</summary>
public abstract record CatenatePart
{
    private protected CatenatePart()
    {
    }

    /// <summary>Writes SP-less <c>TEXT literal</c>, <c>UTF8 (literal8)</c> or <c>URL astring</c>.</summary>
    internal abstract void Write(ImapWriter writer);

    /// <summary>Reads one cat-part.</summary>
    internal static CatenatePart Read(ref ImapReader reader)
    {
        if (reader.TryReadKeyword("TEXT"u8))
        {
            reader.ReadSpace();
            return new CatenateTextPart(CoreSyntax.ReadTextLiteral(ref reader, "CATENATE TEXT"));
        }
        if (reader.TryReadKeyword("UTF8"u8)) return new CatenateUtf8Part(Utf8Literal.Read(ref reader));
        if (reader.TryReadKeyword("URL"u8))
        {
            reader.ReadSpace();
            long start = reader.Position;
            string url = reader.ReadAString();
            if (url.Length == 0) throw new ImapParseException(start, "empty CATENATE URL");
            return new CatenateUrlPart(url);
        }
        reader.Fail("expected TEXT, UTF8 or URL");
        return null;
    }
}
