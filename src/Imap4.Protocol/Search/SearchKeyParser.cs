using System.Runtime.CompilerServices;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// Reads search keys. Recursion (NOT, OR, groups) counts one nesting level each through <see cref="ImapReader.Nest"/>
/// or <see cref="ImapReader.EnterList"/>, so its depth is bounded by <see cref="ImapLimits.MaxNestingDepth"/>.
/// </summary>
internal static class SearchKeyParser
{
    internal static SearchKey ReadKey(ref ImapReader reader)
    {
        // The depth limit bounds recursion; this guards callers who raise the limit beyond what the stack holds.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) reader.Fail("search keys nested too deeply");
        byte b = reader.Peek();
        if (b == '(') return ReadGroup(ref reader);
        if (ImapChars.IsDigit(b) || b is (byte)'*' or (byte)'$') return new SequenceSetSearchKey(reader.ReadSequenceSet());
        long start = reader.Position;
        if (!SearchKeyNames.TryFind(reader.ReadAtomSpan(), out SearchKeyNames.Shape shape, out int code))
            throw new ImapParseException(start, "unknown search key");
        if (shape == SearchKeyNames.Shape.Simple) return new SimpleSearchKey((SimpleSearchKind)code);
        reader.ReadSpace();
        return shape switch
        {
            SearchKeyNames.Shape.Text => new TextSearchKey((TextSearchField)code, reader.ReadAString()),
            SearchKeyNames.Shape.Date => new DateSearchKey((DateSearchField)code, ReadDate(ref reader)),
            SearchKeyNames.Shape.Number => ReadNumberKey(ref reader, (NumberSearchField)code),
            SearchKeyNames.Shape.ObjectId => new ObjectIdSearchKey((ObjectIdField)code, ReadObjectId(ref reader)),
            SearchKeyNames.Shape.Keyword => new KeywordSearchKey(ReadKeyword(ref reader)),
            SearchKeyNames.Shape.Unkeyword => new KeywordSearchKey(ReadKeyword(ref reader), Negated: true),
            SearchKeyNames.Shape.Header => ReadHeader(ref reader),
            SearchKeyNames.Shape.ModSeq => ReadModSeq(ref reader),
            SearchKeyNames.Shape.Uid => new UidSearchKey(reader.ReadSequenceSet()),
            SearchKeyNames.Shape.Not => ReadNot(ref reader),
            _ => ReadOr(ref reader),
        };
    }

    private static AndSearchKey ReadGroup(ref ImapReader reader)
    {
        reader.EnterList();
        var keys = new List<SearchKey> { ReadKey(ref reader) };
        while (reader.TryReadSpace()) keys.Add(ReadKey(ref reader));
        reader.ExitList();
        return new AndSearchKey(keys);
    }

    private static NotSearchKey ReadNot(ref ImapReader reader)
    {
        reader.Nest();
        SearchKey key = ReadKey(ref reader);
        reader.Unnest();
        return new NotSearchKey(key);
    }

    private static OrSearchKey ReadOr(ref ImapReader reader)
    {
        reader.Nest();
        SearchKey left = ReadKey(ref reader);
        reader.ReadSpace();
        SearchKey right = ReadKey(ref reader);
        reader.Unnest();
        return new OrSearchKey(left, right);
    }

    /// <summary>date = date-text / DQUOTE date-text DQUOTE.</summary>
    internal static DateOnly ReadDate(ref ImapReader reader)
    {
        long start = reader.Position;
        bool quoted = reader.Peek() == '"';
        ReadOnlySpan<byte> text = quoted ? reader.ReadQuotedSpan() : reader.ReadAtomSpan();
        try
        {
            return ImapDate.ParseDate(text);
        }
        catch (ImapParseException e)
        {
            throw new ImapParseException(start + (quoted ? 1 : 0) + e.Position, e.Reason);
        }
    }

    private static NumberSearchKey ReadNumberKey(ref ImapReader reader, NumberSearchField field)
    {
        ulong value = reader.ReadNumber64();
        if (!NumberSearchKey.IsValid(field, value)) reader.Fail("expected nz-number");
        return new NumberSearchKey(field, value);
    }

    private static string ReadObjectId(ref ImapReader reader)
    {
        long start = reader.Position;
        string id = reader.ReadAtom();
        return ObjectIdSearchKey.IsObjectId(id) ? id : throw new ImapParseException(start, "expected objectid");
    }

    private static Flag ReadKeyword(ref ImapReader reader)
    {
        long start = reader.Position;
        Flag flag = Flag.Parse(reader.ReadAtomSpan()); // an atom cannot start with "\", so this is a keyword
        return flag.IsKeyword ? flag : throw new ImapParseException(start, "expected flag-keyword");
    }

    private static HeaderSearchKey ReadHeader(ref ImapReader reader)
    {
        string name = reader.ReadAString();
        reader.ReadSpace();
        return new HeaderSearchKey(name, reader.ReadAString());
    }

    /// <summary>"MODSEQ" [SP entry-name SP entry-type-req] SP mod-sequence-valzer (the first SP is already read).</summary>
    private static ModSeqSearchKey ReadModSeq(ref ImapReader reader)
    {
        if (reader.Peek() != '"') return new ModSeqSearchKey(reader.ReadNumber64());
        long start = reader.Position;
        string entry = reader.ReadQuoted();
        if (!ModSeqSearchKey.IsEntryName(entry)) throw new ImapParseException(start, "expected \"/flags/\" entry-name");
        reader.ReadSpace();
        ModSeqEntryType type = ModSeqEntryType.All;
        if (reader.TryReadKeyword("priv"u8)) type = ModSeqEntryType.Private;
        else if (reader.TryReadKeyword("shared"u8)) type = ModSeqEntryType.Shared;
        else reader.ExpectKeyword("all"u8);
        reader.ReadSpace();
        return new ModSeqSearchKey(reader.ReadNumber64(), entry, type);
    }
}
