using System.Buffers;
using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Commands;

/// <summary>Parse and write helpers for command tests.</summary>
internal static class CommandKit
{
    public static TaggedCommand Parse(string wire) => CommandParser.Parse(Encoding.UTF8.GetBytes(wire));

    public static TaggedCommand Parse(byte[] wire, bool utf8 = false) => CommandParser.Parse(wire, utf8Mailboxes: utf8);

    public static T ParseAs<T>(string wire) where T : ImapCommand => Assert.IsType<T>(Parse(wire).Command);

    public static byte[] WriteBytes(ImapCommand command, string tag = "A1", ImapWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        command.Write(new ImapWriter(buffer, options ?? ImapWriterOptions.Client), tag);
        return buffer.WrittenSpan.ToArray();
    }

    public static string Write(ImapCommand command, string tag = "A1", ImapWriterOptions? options = null) =>
        Encoding.UTF8.GetString(WriteBytes(command, tag, options));

    /// <summary>Value -> Write -> Parse gives an equal value, and writing that again gives the same bytes.</summary>
    public static T RoundTrip<T>(T command, ImapWriterOptions? options = null) where T : ImapCommand
    {
        byte[] wire = WriteBytes(command, "T1", options);
        ImapCommand any = Parse(wire, options?.Utf8 ?? false).Command;
        Assert.IsType(command.GetType(), any);
        var parsed = (T)any;
        Assert.Equal(command, parsed);
        Assert.Equal(command.GetHashCode(), parsed.GetHashCode());
        Assert.Equal(wire, WriteBytes(parsed, "T1", options));
        return parsed;
    }

    public static ImapParseException Fails(string wire) => Assert.Throws<ImapParseException>(() => Parse(wire));
}
