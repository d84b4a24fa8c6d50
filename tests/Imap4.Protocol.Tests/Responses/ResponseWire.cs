using System.Buffers;
using System.Text;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Responses;

/// <summary>Parse and write helpers for response tests.</summary>
internal static class ResponseWire
{
    public static ImapResponse Parse(string line) => ResponseParser.Parse(Encoding.UTF8.GetBytes(line + "\r\n"));

    public static ImapResponse Parse(byte[] frame) => ResponseParser.Parse(frame);

    public static T Parse<T>(string line)
        where T : ImapResponse
    {
        ImapResponse r = Parse(line);
        if (r is RawUntaggedResponse raw) Assert.Fail($"kept raw: {raw.ParseError ?? "unknown keyword"}");
        return Assert.IsAssignableFrom<T>(r);
    }

    public static ResponseCode Code(string line) => Assert.IsType<StatusResponse>(Parse(line)).Code!;

    public static byte[] WriteBytes(ImapResponse r, bool utf8 = false)
    {
        var b = new ArrayBufferWriter<byte>();
        r.Write(new ImapWriter(b, ImapWriterOptions.Server with { Utf8 = utf8 }));
        return b.WrittenSpan.ToArray();
    }

    /// <summary>The written line without its CRLF.</summary>
    public static string Write(ImapResponse r)
    {
        string s = Encoding.UTF8.GetString(WriteBytes(r));
        Assert.EndsWith("\r\n", s, StringComparison.Ordinal);
        return s[..^2];
    }

    /// <summary>wire -> parse -> write gives the same bytes.</summary>
    public static T Canonical<T>(string line)
        where T : ImapResponse
    {
        T r = Parse<T>(line);
        Assert.Equal(line, Write(r));
        return r;
    }

    /// <summary>value -> write -> parse gives an equal value.</summary>
    public static void RoundTrip(ImapResponse value)
    {
        ImapResponse back = Parse(WriteBytes(value));
        Assert.IsNotType<RawUntaggedResponse>(back);
        Assert.Equal(value, back);
        Assert.Equal(value.GetHashCode(), back.GetHashCode());
    }
}
