using System.Buffers;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// Reads one msg-att item. The name is peeked (upper-cased into a stack buffer, no allocation) and dispatched on its
/// length, so that each known item costs a couple of span comparisons. Unknown items are kept raw.
/// </summary>
internal static class FetchItemReader
{
    private const int MaxName = 16;

    public static FetchItem Read(ref ImapReader reader)
    {
        Span<byte> name = stackalloc byte[MaxName];
        int n = PeekName(ref reader, name, out byte after);
        name = name[..n];
        FetchItem? item = after == ' ' ? ReadSimple(ref reader, name) : after == '[' ? ReadSectioned(ref reader, name) : null;
        if (item is not null) return item;
        if (IsKnown(name)) reader.Fail($"malformed {Encoding.ASCII.GetString(name)} item");
        return ReadUnknown(ref reader);
    }

    private static readonly string[] KnownNames =
    [
        "UID", "BODY", "FLAGS", "MODSEQ", "RFC822", "EMAILID", "PREVIEW", "ENVELOPE", "THREADID", "SAVEDATE", "X-GM-MSGID",
        "X-GM-THRID", "RFC822.SIZE", "RFC822.TEXT", "X-GM-LABELS", "INTERNALDATE", "BODYSTRUCTURE", "RFC822.HEADER",
        "BINARY", "BINARY.SIZE",
    ];

    /// <summary>A known name in the wrong shape (e.g. <c>UID)</c>) is an error, not an unknown item.</summary>
    private static bool IsKnown(ReadOnlySpan<byte> name)
    {
        foreach (string known in KnownNames)
            if (Ascii.Equals(name, known)) return true;
        return false;
    }

    /// <summary>Copies the item name (letters upper-cased, digits, "." and "-") and returns its length and the byte after it.</summary>
    private static int PeekName(ref ImapReader reader, scoped Span<byte> name, out byte after)
    {
        int n = 0;
        after = 0;
        while (reader.TryPeek(n, out byte b))
        {
            if (b is >= (byte)'a' and <= (byte)'z') b -= 32;
            else if (!(b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-'))
            {
                after = b;
                break;
            }
            if (n == MaxName) return 0; // too long to be known
            name[n++] = b;
        }
        return n;
    }

    /// <summary>Items whose name is followed by SP.</summary>
    private static FetchItem? ReadSimple(ref ImapReader reader, scoped ReadOnlySpan<byte> name)
    {
        switch (name.Length)
        {
            case 3 when name.SequenceEqual("UID"u8):
                Skip(ref reader, 4);
                return new UidItem(reader.ReadNumber());
            case 4 when name.SequenceEqual("BODY"u8):
                Skip(ref reader, 5);
                return new BodyStructureItem(BodyStructureReader.Read(ref reader), IsExtensible: false);
            case 5 when name.SequenceEqual("FLAGS"u8):
                Skip(ref reader, 6);
                return new FlagsItem(reader.ReadFlagList());
            case 6 when name.SequenceEqual("MODSEQ"u8):
                Skip(ref reader, 7);
                return new ModSeqItem(ReadModSeq(ref reader));
            case 6 when name.SequenceEqual("RFC822"u8):
                Skip(ref reader, 7);
                return new Rfc822Item(Rfc822Part.Message, FetchStrings.ReadNStringBytes(ref reader, out _));
            case 7 when name.SequenceEqual("EMAILID"u8):
                Skip(ref reader, 8);
                return new EmailIdItem(Encoding.ASCII.GetString(FetchValues.ReadObjectId(ref reader)));
            case 7 when name.SequenceEqual("PREVIEW"u8):
                Skip(ref reader, 8);
                return new PreviewItem(FetchStrings.ReadNString(ref reader, intern: false));
            case 8:
                return ReadEight(ref reader, name);
            case 10 when name.SequenceEqual("X-GM-MSGID"u8):
                Skip(ref reader, 11);
                return new GmailMessageIdItem(reader.ReadNumber64());
            case 10 when name.SequenceEqual("X-GM-THRID"u8):
                Skip(ref reader, 11);
                return new GmailThreadIdItem(reader.ReadNumber64());
            case 11:
                return ReadEleven(ref reader, name);
            case 12 when name.SequenceEqual("INTERNALDATE"u8):
                Skip(ref reader, 13);
                return new InternalDateItem(FetchValues.ReadDateTime(ref reader));
            case 13 when name.SequenceEqual("BODYSTRUCTURE"u8):
                Skip(ref reader, 14);
                return new BodyStructureItem(BodyStructureReader.Read(ref reader));
            case 13 when name.SequenceEqual("RFC822.HEADER"u8):
                Skip(ref reader, 14);
                return new Rfc822Item(Rfc822Part.Header, FetchStrings.ReadNStringBytes(ref reader, out _));
            default:
                return null;
        }
    }

    private static FetchItem? ReadEight(ref ImapReader reader, scoped ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual("ENVELOPE"u8))
        {
            Skip(ref reader, 9);
            return new EnvelopeItem(Envelope.Read(ref reader));
        }
        if (name.SequenceEqual("THREADID"u8))
        {
            Skip(ref reader, 9);
            return new ThreadIdItem(reader.TryReadNil() ? null : Encoding.ASCII.GetString(FetchValues.ReadObjectId(ref reader)));
        }
        if (name.SequenceEqual("SAVEDATE"u8))
        {
            Skip(ref reader, 9);
            return new SaveDateItem(reader.TryReadNil() ? null : FetchValues.ReadDateTime(ref reader));
        }
        return null;
    }

    private static FetchItem? ReadEleven(ref ImapReader reader, scoped ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual("RFC822.SIZE"u8))
        {
            Skip(ref reader, 12);
            return new Rfc822SizeItem(reader.ReadNumber64());
        }
        if (name.SequenceEqual("RFC822.TEXT"u8))
        {
            Skip(ref reader, 12);
            return new Rfc822Item(Rfc822Part.Text, FetchStrings.ReadNStringBytes(ref reader, out _));
        }
        if (name.SequenceEqual("X-GM-LABELS"u8))
        {
            Skip(ref reader, 12);
            return new GmailLabelsItem(GmailLabelsItem.ReadLabels(ref reader));
        }
        return null;
    }

    /// <summary>Items whose name is followed by a section: BODY[...], BINARY[...], BINARY.SIZE[...].</summary>
    private static FetchItem? ReadSectioned(ref ImapReader reader, scoped ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual("BODY"u8))
        {
            Skip(ref reader, 4);
            BodySection section = BodySection.Read(ref reader);
            uint? origin = FetchValues.ReadOrigin(ref reader);
            reader.ReadSpace();
            return new BodySectionItem(section, origin, FetchStrings.ReadNStringBytes(ref reader, out _));
        }
        if (name.SequenceEqual("BINARY"u8))
        {
            Skip(ref reader, 6);
            uint[] part = FetchValues.ReadSectionPart(ref reader);
            uint? origin = FetchValues.ReadOrigin(ref reader);
            reader.ReadSpace();
            ReadOnlyMemory<byte>? content = FetchStrings.ReadNStringBytes(ref reader, out bool literal8);
            return new BinaryItem(part, origin, content) { IsLiteral8 = literal8 };
        }
        if (name.SequenceEqual("BINARY.SIZE"u8))
        {
            Skip(ref reader, 11);
            uint[] part = FetchValues.ReadSectionPart(ref reader);
            reader.ReadSpace();
            return new BinarySizeItem(part, reader.ReadNumber());
        }
        return null;
    }

    /// <summary>mod-sequence in parentheses (RFC 7162); a bare number is tolerated.</summary>
    private static ulong ReadModSeq(ref ImapReader reader)
    {
        bool list = reader.TryEnterList();
        ulong value = reader.ReadNumber64();
        if (list) reader.ExitList();
        return value;
    }

    private static void Skip(ref ImapReader reader, int count) => reader.Advance(count);

    /// <summary>An unknown item: its name (with any bracketed section) and one raw value.</summary>
    private static UnknownFetchItem ReadUnknown(ref ImapReader reader)
    {
        long start = reader.Position;
        ReadOnlySequence<byte> rest = reader.Remaining;
        int depth = 0;
        while (reader.TryPeek(out byte b))
        {
            if (b is (byte)'\r' or (byte)'\n' || (depth <= 0 && b is (byte)' ' or (byte)'(' or (byte)')')) break;
            if (b == '[') depth++;
            else if (b == ']') depth--;
            else if (depth <= 0 && !ImapChars.IsAtomChar(b)) reader.Fail("expected a FETCH item name");
            reader.Advance(1);
        }
        long length = reader.Position - start;
        if (length == 0) reader.Fail("expected a FETCH item name");
        string name = Encoding.UTF8.GetString(rest.Slice(0, length));
        if (!reader.TryReadSpace()) return new UnknownFetchItem(name, ReadOnlyMemory<byte>.Empty);
        start = reader.Position;
        rest = reader.Remaining;
        SkipValue(ref reader);
        return new UnknownFetchItem(name, rest.Slice(0, reader.Position - start).ToArray());
    }

    /// <summary>Skips one value of unknown grammar: a list (recursively), a string, a literal or an atom-like run.</summary>
    private static void SkipValue(ref ImapReader reader)
    {
        byte b = reader.Peek();
        if (b == '(')
        {
            reader.EnterList();
            while (!reader.TryExitList())
                if (!reader.TryReadSpace()) SkipValue(ref reader);
            return;
        }
        if (b == '"')
        {
            reader.ReadQuotedSpan();
            return;
        }
        if (b is (byte)'{' or (byte)'~')
        {
            reader.ReadLiteral(out _);
            return;
        }
        long start = reader.Position;
        int depth = 0;
        while (reader.TryPeek(out b))
        {
            if (b is (byte)'\r' or (byte)'\n' || (depth <= 0 && b is (byte)' ' or (byte)'(' or (byte)')')) break;
            if (b == '[') depth++;
            else if (b == ']') depth--;
            reader.Advance(1);
        }
        if (reader.Position == start) reader.Fail("expected a FETCH item value");
    }
}
