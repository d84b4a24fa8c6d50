using System.Buffers;
using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Commands;

/// <summary>Parse/write helpers for the extension command tests (FETCH, STORE and the extension commands).</summary>
internal static class ExtensionCommandWire
{
    public static TaggedCommand Parse(string line) => CommandParser.Parse(Encoding.UTF8.GetBytes(line + "\r\n").AsMemory());

    public static T Parse<T>(string line) where T : ImapCommand => Assert.IsAssignableFrom<T>(Parse(line).Command);

    public static string Write(ImapCommand command, string tag = "A1", ImapWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        command.Write(new ImapWriter(buffer, options ?? ImapWriterOptions.Client), tag);
        string text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text[..^2];
    }

    /// <summary>Canonical wire -> Parse -> Write gives the same line.</summary>
    public static T RoundTrip<T>(string line) where T : ImapCommand
    {
        TaggedCommand tagged = Parse(line);
        T command = Assert.IsAssignableFrom<T>(tagged.Command);
        Assert.Equal(line, Write(command, tagged.Tag));
        return command;
    }

    /// <summary>Value -> Write -> Parse gives an equal value; returns the line written.</summary>
    public static string ValueRoundTrip(ImapCommand command)
    {
        string line = Write(command);
        ImapCommand back = Parse(line).Command;
        Assert.Equal(command, back);
        Assert.Equal(command.GetHashCode(), back.GetHashCode());
        return line;
    }

    public static ImapParseException Fails(string line) => Assert.Throws<ImapParseException>(() => Parse(line));
}
