using System.Buffers;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// Reads the data of one untagged response, positioned after its keyword (or after the number and keyword of
/// <c>* n EXISTS</c>-style responses).
/// </summary>
/// <param name="reader">The reader, positioned right after the keyword.</param>
/// <param name="number">The number before the keyword, for message-data responses (EXISTS, EXPUNGE, FETCH, ...); else 0.</param>
/// <returns>The response.</returns>
public delegate UntaggedResponse UntaggedParser(ref ImapReader reader, uint number);

/// <summary>
/// Parses server response frames (as <c>ImapFramer</c> delimits them) into typed <see cref="ImapResponse"/>s.
/// Each untagged response registers its parser in one of the registry parts (<c>ResponseParser.*.cs</c>).
/// Unknown untagged responses come back as <see cref="RawUntaggedResponse"/>, never as an error.
/// </summary>
public static partial class ResponseParser
{
    private static readonly Dictionary<string, UntaggedParser> Untagged = BuildUntagged(numbered: false);
    private static readonly Dictionary<string, UntaggedParser> Numbered = BuildUntagged(numbered: true);

    private static Dictionary<string, UntaggedParser> BuildUntagged(bool numbered)
    {
        var d = new Dictionary<string, UntaggedParser>(StringComparer.OrdinalIgnoreCase);
        if (numbered) { AddMessageData(d); AddFetch(d); }
        else { AddCoreResponses(d); AddExtensionResponses(d); AddSearchResponses(d); }
        return d;
    }

    static partial void AddCoreResponses(Dictionary<string, UntaggedParser> registry);
    static partial void AddExtensionResponses(Dictionary<string, UntaggedParser> registry);
    static partial void AddSearchResponses(Dictionary<string, UntaggedParser> registry);
    static partial void AddMessageData(Dictionary<string, UntaggedParser> registry);
    static partial void AddFetch(Dictionary<string, UntaggedParser> registry);

    /// <summary>Parses one complete response frame, literals inline.</summary>
    /// <param name="frame">The frame, through its final CRLF.</param>
    /// <param name="limits">Limits applied while parsing.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ImapParseException">A status response or continuation is malformed.</exception>
    /// <param name="utf8Mailboxes">True once UTF-8 mailbox names are in use (UTF8=ACCEPT or IMAP4rev2 enabled).</param>
    public static ImapResponse Parse(ReadOnlySequence<byte> frame, ImapLimits? limits = null, bool utf8Mailboxes = false) =>
        ParseCore(frame, limits ?? ImapLimits.ClientDefault, utf8Mailboxes);

    /// <summary>Parses one complete response frame held in one buffer.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="limits">Limits applied while parsing.</param>
    /// <returns>The response.</returns>
    /// <param name="utf8Mailboxes">True once UTF-8 mailbox names are in use.</param>
    public static ImapResponse Parse(ReadOnlyMemory<byte> frame, ImapLimits? limits = null, bool utf8Mailboxes = false) =>
        Parse(new ReadOnlySequence<byte>(frame), limits, utf8Mailboxes);

    private static ImapResponse ParseCore(ReadOnlySequence<byte> frame, ImapLimits limits, bool utf8Mailboxes)
    {
        var reader = new ImapReader(frame, limits) { Utf8Mailboxes = utf8Mailboxes };
        if (reader.TryRead((byte)'+'))
        {
            reader.TryReadSpace();
            string text = reader.ReadText();
            reader.ReadCrlf();
            return new ContinuationResponse(text);
        }
        if (reader.TryRead((byte)'*'))
        {
            reader.ReadSpace();
            return ParseUntagged(ref reader, frame);
        }
        string tag = System.Text.Encoding.ASCII.GetString(reader.ReadTagSpan());
        reader.ReadSpace();
        StatusKind? kind = TryReadStatusKind(ref reader);
        if (kind is not (StatusKind.Ok or StatusKind.No or StatusKind.Bad)) reader.Fail("expected OK, NO or BAD after a tag");
        return FinishStatus(ref reader, tag, kind.Value);
    }

    private static ImapResponse ParseUntagged(ref ImapReader reader, ReadOnlySequence<byte> frame)
    {
        long dataStart = reader.Position;
        if (TryReadStatusKind(ref reader) is { } kind) return FinishStatus(ref reader, null, kind);
        try
        {
            uint number = 0;
            bool numbered = ImapChars.IsDigit(reader.Peek());
            if (numbered)
            {
                number = reader.ReadNumber();
                reader.ReadSpace();
            }
            UntaggedParser? parse = Lookup(reader.ReadAtomSpan(), numbered);
            if (parse is null) return Raw(frame, dataStart, null);
            UntaggedResponse response = parse(ref reader, number);
            reader.ReadCrlf();
            reader.ExpectEnd();
            return response;
        }
        catch (ImapParseException e)
        {
            // A malformed untagged response is kept raw with the reason: never fatal to the connection.
            return Raw(frame, dataStart, e.Message);
        }
    }

    /// <summary>Finds a parser by keyword bytes without allocating a string (hot path: one call per response).</summary>
    private static UntaggedParser? Lookup(ReadOnlySpan<byte> keyword, bool numbered)
    {
        if (numbered && System.Text.Ascii.EqualsIgnoreCase(keyword, "FETCH"u8)) return FetchParser;
        if (keyword.Length > 32) return null;
        Span<char> chars = stackalloc char[keyword.Length];
        if (System.Text.Ascii.ToUtf16(keyword, chars, out int n) != System.Buffers.OperationStatus.Done) return null;
        var lookup = numbered ? NumberedLookup : UntaggedLookup;
        return lookup.TryGetValue(chars[..n], out UntaggedParser? parser) ? parser : null;
    }

    private static readonly UntaggedParser? FetchParser = Numbered.GetValueOrDefault("FETCH");

    private static readonly Dictionary<string, UntaggedParser>.AlternateLookup<ReadOnlySpan<char>> UntaggedLookup =
        Untagged.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, UntaggedParser>.AlternateLookup<ReadOnlySpan<char>> NumberedLookup =
        Numbered.GetAlternateLookup<ReadOnlySpan<char>>();

    private static RawUntaggedResponse Raw(ReadOnlySequence<byte> frame, long dataStart, string? error)
    {
        ReadOnlySequence<byte> data = frame.Slice(dataStart);
        int trim = data.Length >= 2 && data.Slice(data.Length - 2).FirstSpan[0] == '\r' ? 2 : 1;
        byte[] bytes = data.Slice(0, Math.Max(0, data.Length - trim)).ToArray();
        // The keyword is the first atom, after the number of "* n KEYWORD" responses.
        int i = 0;
        uint? number = null;
        while (i < bytes.Length && ImapChars.IsDigit(bytes[i])) i++;
        if (i > 0 && i < bytes.Length && bytes[i] == ' ')
        {
            if (uint.TryParse(bytes.AsSpan(0, i), out uint n)) number = n;
            i++;
        }
        else i = 0;
        int start = i;
        while (i < bytes.Length && ImapChars.IsAtomChar(bytes[i])) i++;
        string keyword = System.Text.Encoding.ASCII.GetString(bytes, start, i - start).ToUpperInvariant();
        return new RawUntaggedResponse(keyword.Length == 0 ? "?" : keyword, number, bytes) { ParseError = error };
    }

    private static StatusKind? TryReadStatusKind(ref ImapReader reader)
    {
        // Message data ("* 12 FETCH") is the common case: one byte rules out every status keyword.
        if (!reader.TryPeek(out byte first) || (first | 0x20) is not ((byte)'o' or (byte)'n' or (byte)'b' or (byte)'p')) return null;
        if (reader.TryReadKeyword("OK"u8)) return StatusKind.Ok;
        if (reader.TryReadKeyword("NO"u8)) return StatusKind.No;
        if (reader.TryReadKeyword("BAD"u8)) return StatusKind.Bad;
        if (reader.TryReadKeyword("PREAUTH"u8)) return StatusKind.PreAuth;
        if (reader.TryReadKeyword("BYE"u8)) return StatusKind.Bye;
        return null;
    }

    /// <summary>resp-text after the status keyword: [SP] ["[" resp-text-code "]" [SP]] [text] CRLF. Lenient about the SPs.</summary>
    private static StatusResponse FinishStatus(ref ImapReader reader, string? tag, StatusKind kind)
    {
        reader.TryReadSpace();
        ResponseCode? code = null;
        if (reader.TryPeek(out byte b) && b == '[')
        {
            code = ResponseCodeParser.Read(ref reader);
            reader.TryReadSpace();
        }
        string text = reader.ReadText();
        reader.ReadCrlf();
        reader.ExpectEnd();
        return new StatusResponse(tag, kind, code, text);
    }
}
