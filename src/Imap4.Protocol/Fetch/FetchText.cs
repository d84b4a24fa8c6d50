using System.Buffers;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>Renders the wire form of a value for ToString (server options, UTF-8 allowed in quoted strings).</summary>
internal static class FetchText
{
    private static readonly ImapWriterOptions Options = ImapWriterOptions.Server with { Utf8 = true };

    public static string Of(Action<ImapWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new ImapWriter(buffer, Options));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static byte[] Bytes(Action<ImapWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new ImapWriter(buffer, ImapWriterOptions.Server));
        return buffer.WrittenSpan.ToArray();
    }
}
