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
    public static ImapResponse Parse(ReadOnlySequence<byte> frame, ImapLimits? limits = null) =>
        ParseCore(frame, limits ?? ImapLimits.ClientDefault);

    /// <summary>Parses one complete response frame held in one buffer.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="limits">Limits applied while parsing.</param>
    /// <returns>The response.</returns>
    public static ImapResponse Parse(ReadOnlyMemory<byte> frame, ImapLimits? limits = null) =>
        Parse(new ReadOnlySequence<byte>(frame), limits);

    private static ImapResponse ParseCore(ReadOnlySequence<byte> frame, ImapLimits limits)
    {
        var reader = new ImapReader(frame, limits);
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
        uint number = 0;
        bool numbered = ImapChars.IsDigit(reader.Peek());
        if (numbered)
        {
            number = reader.ReadNumber();
            reader.ReadSpace();
        }
        string keyword = reader.ReadAtom().ToUpperInvariant();
        if (!TryGetUntaggedParser(keyword, numbered, out UntaggedParser? parse)) return Raw(frame, dataStart, keyword, numbered ? number : null, null);
        try
        {
            UntaggedResponse response = parse!(ref reader, number);
            reader.ReadCrlf();
            reader.ExpectEnd();
            return response;
        }
        catch (ImapParseException e)
        {
            // A malformed known response is kept raw with the reason: never fatal to the connection.
            return Raw(frame, dataStart, keyword, numbered ? number : null, e.Message);
        }
    }

    private static RawUntaggedResponse Raw(ReadOnlySequence<byte> frame, long dataStart, string keyword, uint? number, string? error)
    {
        ReadOnlySequence<byte> data = frame.Slice(dataStart);
        int trim = data.Length >= 2 && data.Slice(data.Length - 2).FirstSpan[0] == '\r' ? 2 : 1;
        byte[] bytes = data.Slice(0, Math.Max(0, data.Length - trim)).ToArray();
        return new RawUntaggedResponse(keyword, number, bytes) { ParseError = error };
    }

    private static StatusKind? TryReadStatusKind(ref ImapReader reader)
    {
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

    /// <summary>Looks up the parser of an untagged response keyword.</summary>
    /// <param name="keyword">The keyword, any case.</param>
    /// <param name="numbered">True for message-data responses that start with a number.</param>
    /// <param name="parser">The parser.</param>
    /// <returns>Whether one is registered.</returns>
    internal static bool TryGetUntaggedParser(string keyword, bool numbered, out UntaggedParser? parser) =>
        (numbered ? Numbered : Untagged).TryGetValue(keyword, out parser);
}
