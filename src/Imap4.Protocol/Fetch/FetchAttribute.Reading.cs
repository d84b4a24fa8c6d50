using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

public sealed partial class FetchAttribute
{
    // Longest name is "RFC822.HEADER"/"INTERNALDATE"/"BODYSTRUCTURE" (13); a little room for the error message.
    private const int MaxName = 32;

    private static readonly FetchAttribute[] Simple =
    [
        All, Fast, Full, Flags, Uid, InternalDate, Rfc822Size, Envelope, BodyStructure, Rfc822, Rfc822Header, Rfc822Text,
        ModSeq, EmailId, ThreadId, SaveDate, GmailMessageId, GmailThreadId, GmailLabels,
    ];

    private static readonly byte[][] SimpleNames = BuildNames();

    private static byte[][] BuildNames()
    {
        var names = new byte[Simple.Length][];
        for (int i = 0; i < Simple.Length; i++) names[i] = Encoding.ASCII.GetBytes(NameOf(Simple[i].Kind));
        return names;
    }

    /// <summary>
    /// Reads one <c>fetch-att</c> (RFC 9051, with RFC 3516 BINARY, RFC 7162 MODSEQ, RFC 8474, RFC 8514, RFC 8970 and the
    /// Gmail attributes); case-insensitive. Allocates nothing for simple attributes.
    /// </summary>
    /// <param name="reader">The reader, positioned at the attribute.</param>
    /// <param name="allowMacro">True where ALL, FAST and FULL may appear (alone, not inside a list).</param>
    /// <returns>The attribute.</returns>
    public static FetchAttribute Read(ref ImapReader reader, bool allowMacro = false)
    {
        long start = reader.Position;
        Span<byte> buffer = stackalloc byte[MaxName];
        int length = ScanName(ref reader, buffer);
        ReadOnlySpan<byte> name = buffer[..Math.Min(length, MaxName)];
        if (Ascii.EqualsIgnoreCase(name, "BODY"u8))
            return reader.TryPeek(out byte b) && b == '[' ? BodyAt(ReadSection(ref reader), ReadPartial(ref reader)) : Body;
        if (Ascii.EqualsIgnoreCase(name, "BODY.PEEK"u8)) return BodyPeek(ReadSection(ref reader), ReadPartial(ref reader));
        if (Ascii.EqualsIgnoreCase(name, "BINARY"u8)) return Binary(ReadBinaryPart(ref reader), ReadPartial(ref reader));
        if (Ascii.EqualsIgnoreCase(name, "BINARY.PEEK"u8)) return BinaryPeek(ReadBinaryPart(ref reader), ReadPartial(ref reader));
        if (Ascii.EqualsIgnoreCase(name, "BINARY.SIZE"u8)) return BinarySize(ReadBinaryPart(ref reader));
        if (Ascii.EqualsIgnoreCase(name, "PREVIEW"u8)) return TryReadLazy(ref reader) ? PreviewLazy : Preview;
        for (int i = 0; i < SimpleNames.Length; i++)
        {
            if (!Ascii.EqualsIgnoreCase(name, SimpleNames[i])) continue;
            FetchAttribute found = Simple[i];
            if (found.IsMacro && !allowMacro)
                throw new ImapParseException(start, $"{NameOf(found.Kind)} is a macro and cannot be combined with other attributes");
            return found;
        }
        string shown = Encoding.ASCII.GetString(name) + (length > MaxName ? "..." : "");
        throw new ImapParseException(start, $"unknown fetch attribute {shown}");
    }

    /// <summary>Reads the name up to "[" (which is an ATOM-CHAR, so the keyword reader cannot be used).</summary>
    private static int ScanName(ref ImapReader reader, scoped Span<byte> buffer)
    {
        int n = 0;
        while (reader.TryPeek(n, out byte b) && ImapChars.IsAtomChar(b) && b != '[')
        {
            if (n < buffer.Length) buffer[n] = b;
            n++;
        }
        if (n == 0) reader.Fail("expected a fetch attribute");
        reader.Advance(n);
        return n;
    }

    private static BodySection ReadSection(ref ImapReader reader)
    {
        if (!reader.TryPeek(out byte b) || b != '[') reader.Fail("expected \"[\": BODY.PEEK needs a section");
        return BodySection.Read(ref reader);
    }

    /// <summary>section-binary: <c>"[" [section-part] "]"</c>; only part numbers, never HEADER, TEXT or MIME.</summary>
    private static uint[] ReadBinaryPart(ref ImapReader reader)
    {
        reader.Expect((byte)'[', "\"[\" after BINARY");
        if (reader.TryRead((byte)']')) return [];
        var part = new List<uint>(4);
        do
        {
            if (!reader.TryPeek(out byte b) || !ImapChars.IsDigit(b))
                reader.Fail("BINARY takes only a part number (section-part), not HEADER, TEXT or MIME");
            part.Add(reader.ReadNzNumber());
        }
        while (reader.TryRead((byte)'.'));
        reader.Expect((byte)']', "\"]\"");
        return [.. part];
    }

    /// <summary>partial: <c>"&lt;" number "." nz-number "&gt;"</c>, if present.</summary>
    private static PartialRange? ReadPartial(ref ImapReader reader)
    {
        if (!reader.TryRead((byte)'<')) return null;
        uint origin = reader.ReadNumber();
        reader.Expect((byte)'.', "\".\" in partial <origin.length>");
        long at = reader.Position;
        uint length = reader.ReadNumber();
        if (length == 0) throw new ImapParseException(at, "partial length must be at least 1");
        reader.Expect((byte)'>', "\">\" closing partial");
        return new PartialRange(origin, length);
    }

    /// <summary>
    /// <c>SP "(" "LAZY" ")"</c> after PREVIEW (RFC 8970). Looked ahead for, because a bare <c>PREVIEW</c> may be followed
    /// by the FETCH modifier list instead.
    /// </summary>
    private static bool TryReadLazy(ref ImapReader reader)
    {
        ReadOnlySpan<byte> expected = " (LAZY)"u8;
        for (int i = 0; i < expected.Length; i++)
        {
            if (!reader.TryPeek(i, out byte b) || (b | 0x20) != (expected[i] | 0x20)) return false;
        }
        reader.Advance(expected.Length);
        return true;
    }
}
