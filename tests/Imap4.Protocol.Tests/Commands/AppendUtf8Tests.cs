using System.Buffers;
using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Commands;

/// <summary>RFC 6855 section 4: <c>UTF8 (literal8)</c> as APPEND data and as a CATENATE part.</summary>
public class AppendUtf8Tests
{
    private static string Write(ImapCommand command)
    {
        var buffer = new ArrayBufferWriter<byte>();
        command.Write(new ImapWriter(buffer, ImapWriterOptions.Client with { LiteralMode = LiteralMode.NonSynchronizing, Utf8 = true }), "a1");
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Append_with_utf8_data_round_trips()
    {
        byte[] message = Encoding.UTF8.GetBytes("Subject: Grüße\r\n\r\nHallo\r\n");
        var command = new AppendCommand(MailboxName.Inbox, new AppendMessage(message) { Utf8 = true });
        string wire = Write(command);
        Assert.Equal($"a1 APPEND INBOX UTF8 (~{{{message.Length}+}}\r\nSubject: Grüße\r\n\r\nHallo\r\n)\r\n", wire);
        TaggedCommand parsed = CommandParser.Parse(Encoding.UTF8.GetBytes(wire), null, utf8Mailboxes: true);
        var back = Assert.IsType<AppendCommand>(parsed.Command);
        Assert.Equal(command, back);
        Assert.True(back.Messages[0].Utf8);
        Assert.True(back.Messages[0].Binary);
    }

    [Fact]
    public void Catenate_utf8_part_round_trips()
    {
        var parts = new CatenatePart[] { new CatenateUrlPart("/Drafts;UIDVALIDITY=1/;UID=2/;section=HEADER"), new CatenateUtf8Part(Encoding.UTF8.GetBytes("Grüße\r\n")) };
        var command = new AppendCommand(new MailboxName("Drafts"), new AppendMessage(parts));
        string wire = Write(command);
        Assert.Contains(" UTF8 (~{9+}\r\nGrüße\r\n)", wire, StringComparison.Ordinal);
        Assert.Equal(command, CommandParser.Parse(Encoding.UTF8.GetBytes(wire)).Command);
    }

    [Fact]
    public void Utf8_data_must_be_a_literal8()
    {
        var e = Assert.Throws<ImapParseException>(() => CommandParser.Parse("a1 APPEND INBOX UTF8 ({2+}\r\nhi)\r\n"u8.ToArray()));
        Assert.Contains("literal8", e.Reason, StringComparison.Ordinal);
    }
}
