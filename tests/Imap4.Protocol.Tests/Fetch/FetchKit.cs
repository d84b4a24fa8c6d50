using System.Buffers;
using System.Text;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Fetch;

/// <summary>Parsing and writing helpers for FETCH tests.</summary>
internal static class FetchKit
{
    public static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    public static string Text(ReadOnlySpan<byte> b) => Encoding.UTF8.GetString(b);

    /// <summary>Parses a FETCH frame (CRLF appended when missing) and asserts it is a FetchResponse.</summary>
    public static FetchResponse ParseFetch(string wire)
    {
        ImapResponse r = ResponseParser.Parse(Bytes(wire.EndsWith("\r\n", StringComparison.Ordinal) ? wire : wire + "\r\n"));
        if (r is RawUntaggedResponse raw) Assert.Fail($"parse error: {raw.ParseError}");
        return Assert.IsType<FetchResponse>(r);
    }

    public static FetchResponse ParseFetch(ReadOnlySequence<byte> frame)
    {
        ImapResponse r = ResponseParser.Parse(frame);
        if (r is RawUntaggedResponse raw) Assert.Fail($"parse error: {raw.ParseError}");
        return Assert.IsType<FetchResponse>(r);
    }

    public static byte[] WriteBytes(ImapResponse response, ImapWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        response.Write(new ImapWriter(buffer, options ?? ImapWriterOptions.Server));
        return buffer.WrittenSpan.ToArray();
    }

    public static string Write(ImapResponse response) => Text(WriteBytes(response));

    /// <summary>wire -> parse -> write gives the same bytes, and parsing the written form gives an equal value.</summary>
    public static FetchResponse AssertCanonical(string wire)
    {
        string frame = wire.EndsWith("\r\n", StringComparison.Ordinal) ? wire : wire + "\r\n";
        FetchResponse parsed = ParseFetch(frame);
        Assert.Equal(frame, Write(parsed));
        Assert.Equal(parsed, ParseFetch(Write(parsed)));
        return parsed;
    }

    /// <summary>wire -> parse -> write -> parse gives an equal value (for non-canonical input).</summary>
    public static FetchResponse AssertRoundTrip(string wire)
    {
        FetchResponse parsed = ParseFetch(wire);
        string written = Write(parsed);
        FetchResponse again = ParseFetch(written);
        Assert.Equal(parsed, again);
        Assert.Equal(written, Write(again));
        return parsed;
    }
}
