using System.Buffers;
using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Search;

/// <summary>Write/parse helpers for the search tests.</summary>
internal static class Wire
{
    public static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    public static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    public static ImapCommand ParseCommand(string line, ImapLimits? limits = null) =>
        CommandParser.Parse(Bytes(line + "\r\n"), limits).Command;

    public static string WriteCommand(ImapCommand command, string tag, ImapWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        command.Write(new ImapWriter(buffer, options), tag);
        string s = Text(buffer.WrittenSpan);
        Assert.EndsWith("\r\n", s, StringComparison.Ordinal);
        return s[..^2];
    }

    /// <summary>Parses a command line and writes it back with the same tag.</summary>
    public static string RoundTripCommand(string line, ImapWriterOptions? options = null)
    {
        string tag = line[..line.IndexOf(' ', StringComparison.Ordinal)];
        return WriteCommand(ParseCommand(line), tag, options);
    }

    public static ImapResponse ParseResponse(string line, ImapLimits? limits = null) =>
        ResponseParser.Parse(Bytes(line + "\r\n"), limits);

    public static string WriteResponse(ImapResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>();
        response.Write(new ImapWriter(buffer, ImapWriterOptions.Server));
        string s = Text(buffer.WrittenSpan);
        Assert.EndsWith("\r\n", s, StringComparison.Ordinal);
        return s[..^2];
    }

    public static byte[] WriteWith(Action<ImapWriter> write, ImapWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new ImapWriter(buffer, options));
        return buffer.WrittenSpan.ToArray();
    }
}
