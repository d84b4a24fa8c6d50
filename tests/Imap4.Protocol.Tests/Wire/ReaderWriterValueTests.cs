using System.Buffers;
using System.Text;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Wire;

public class ReaderWriterValueTests
{
    private static string Write(Action<ImapWriter> action, ImapWriterOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        action(new ImapWriter(buffer, options ?? ImapWriterOptions.Server));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Flag_list_round_trips_and_shares_well_known_flags()
    {
        var r = new ImapReader(Encoding.ASCII.GetBytes("(\\Seen \\Answered $Junk \\* custom)"));
        var flags = r.ReadFlagList();
        Assert.Same(Flag.Seen, flags[0]);
        Assert.Equal(Flag.Wildcard, flags[3]);
        Assert.Equal("(\\Seen \\Answered $Junk \\* custom)", Write(w => w.WriteFlagList(flags)));
    }

    [Fact]
    public void Empty_flag_list() => Assert.Empty(new ImapReader("()"u8.ToArray()).ReadFlagList());

    [Fact]
    public void Date_time_round_trips_with_offset()
    {
        var r = new ImapReader("\"17-Jul-1996 02:44:25 -0700\""u8.ToArray());
        var t = r.ReadDateTime();
        Assert.Equal(new DateTimeOffset(1996, 7, 17, 2, 44, 25, TimeSpan.FromHours(-7)), t);
        Assert.Equal("\"17-Jul-1996 02:44:25 -0700\"", Write(w => w.WriteDateTime(t)));
    }

    [Fact]
    public void Bad_date_reports_position_of_the_value()
    {
        var e = Assert.Throws<ImapParseException>(() => new ImapReader("\"31-Feb-2020 00:00:00 +0000\""u8.ToArray()).ReadDateTime());
        Assert.Equal(0, e.Position);
    }

    [Fact]
    public void Mailbox_names_use_modified_utf7_unless_utf8()
    {
        var name = new MailboxName("Entw\u00fcrfe");
        Assert.Equal("Entw&APw-rfe", Write(w => w.WriteMailbox(name)));
        Assert.Equal("\"Entw\u00fcrfe\"", Write(w => w.WriteMailbox(name), new ImapWriterOptions { Utf8 = true, IsClient = false }));
        var r = new ImapReader(Encoding.ASCII.GetBytes("Entw&APw-rfe"));
        Assert.Equal(name, r.ReadMailbox());
    }

    [Theory]
    [InlineData(new byte[] { (byte)'"', (byte)'x', 0xC0, 0xAF, (byte)'y', (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', (byte)'z', 0xED, 0xA0, 0x80, (byte)'"' })]
    [InlineData(new byte[] { (byte)'{', (byte)'2', (byte)'}', (byte)'\r', (byte)'\n', 0xFF, 0xFE })]
    public void Mailbox_names_with_invalid_utf8_are_refused_in_both_modes(byte[] wire)
    {
        foreach (bool utf8 in new[] { true, false })
        {
            var e = Assert.Throws<ImapParseException>(() => new ImapReader(wire) { Utf8Mailboxes = utf8 }.ReadMailbox());
            Assert.Equal(0, e.Position);
        }
        Assert.Equal("Grüße", new ImapReader("\"Grüße\""u8.ToArray()) { Utf8Mailboxes = true }.ReadMailbox().Name);
    }

    [Fact]
    public void Sequence_set_errors_are_positioned_in_the_frame()
    {
        var e = Assert.Throws<ImapParseException>(() => ReadSet("FETCH 1:5,0"u8.ToArray()));
        Assert.Equal(10, e.Position);
    }

    private static SequenceSet ReadSet(byte[] wire)
    {
        var r = new ImapReader(wire);
        r.ExpectKeyword("FETCH"u8);
        r.ReadSpace();
        return r.ReadSequenceSet();
    }
}
