using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;
using static Imap4.Protocol.Tests.Commands.CommandKit;

namespace Imap4.Protocol.Tests.Commands;

public class CommandRoundTripTests
{
    private static readonly MailboxName Box = new("Archive/2024");

    public static TheoryData<ImapCommand> Commands() => new()
    {
        CapabilityCommand.Instance,
        NoopCommand.Instance,
        LogoutCommand.Instance,
        StartTlsCommand.Instance,
        IdleCommand.Instance,
        CloseCommand.Instance,
        UnselectCommand.Instance,
        ExpungeCommand.Instance,
        CheckCommand.Instance,
        new AuthenticateCommand("XOAUTH2", "user=a\u0001auth=Bearer x\u0001\u0001"u8.ToArray()),
        new AuthenticateCommand("EXTERNAL", ReadOnlyMemory<byte>.Empty),
        new AuthenticateCommand("CRAM-MD5"),
        new LoginCommand("fred", "pa ss\"word\\"),
        new LoginCommand("NIL", ""),
        new SelectCommand(Box),
        new SelectCommand(MailboxName.Inbox) { ReadOnly = true, CondStore = true },
        new SelectCommand(Box) { QResync = new QResyncParameters(67890007, 90060115194045000) },
        new SelectCommand(Box) { QResync = new QResyncParameters(67890007, 90060115194045000, UidSet.Parse("1:29997")) },
        new SelectCommand(Box)
        {
            CondStore = true,
            QResync = new QResyncParameters(67890007, 90060115194045000, UidSet.Parse("41:211,214:541"),
                SequenceSet.Parse("1:10,30"), UidSet.Parse("41:50,210")),
        },
        new SelectCommand(Box) { QResync = new QResyncParameters(1, 0, null, SequenceSet.Parse("1"), UidSet.Parse("5")) },
        new CreateCommand(new MailboxName("Entwürfe")),
        new CreateCommand(new MailboxName("Drafts")) { SpecialUse = [@"\Drafts"] },
        new CreateCommand(new MailboxName("Both")) { SpecialUse = [@"\Sent", @"\Archive"] },
        new CreateCommand(new MailboxName("None")) { SpecialUse = [] },
        new DeleteCommand(Box),
        new RenameCommand(Box, new MailboxName("Old & New")),
        new SubscribeCommand(Box),
        new UnsubscribeCommand(new MailboxName("日本語")),
        new ListCommand(new MailboxName(""), "*"),
        new ListCommand(new MailboxName("~smith/"), "Entwürfe/%"),
        new ListCommand(new MailboxName(""), ["INBOX", "Sent Items", ""])
        {
            SelectionOptions = ListSelectOptions.Subscribed | ListSelectOptions.Remote | ListSelectOptions.RecursiveMatch | ListSelectOptions.SpecialUse,
            ReturnOptions = ListReturnOptions.Subscribed | ListReturnOptions.Children | ListReturnOptions.SpecialUse | ListReturnOptions.MyRights,
            ReturnStatus = [StatusItem.Messages, StatusItem.Size, StatusItem.MailboxId],
        },
        new ListCommand(new MailboxName(""), "%") { ReturnStatus = [StatusItem.HighestModSeq] },
        new LsubCommand(new MailboxName("#news."), "comp.mail.*"),
        new StatusCommand(Box, Enum.GetValues<StatusItem>()),
        new AppendCommand(Box, new AppendMessage("Subject: hi\r\n\r\nbody\r\n"u8.ToArray())),
        new AppendCommand(Box, new AppendMessage("x"u8.ToArray())
        {
            Flags = [Flag.Seen, Flag.Draft, new Flag("$Label1")],
            InternalDate = new DateTimeOffset(1994, 2, 7, 21, 52, 25, TimeSpan.FromHours(-8)),
        }),
        new AppendCommand(Box, new AppendMessage(new byte[] { 0, 1, 2, 13, 10, 255 }, binary: true) { Flags = [] }),
        new AppendCommand(Box,
        [
            new AppendMessage("one"u8.ToArray()) { InternalDate = new DateTimeOffset(2020, 12, 31, 23, 59, 59, TimeSpan.FromMinutes(330)) },
            new AppendMessage("two"u8.ToArray()) { Flags = [Flag.Flagged] },
        ]),
        new AppendCommand(new MailboxName("Drafts"), new AppendMessage(
        [
            new CatenateUrlPart("/Drafts;UIDVALIDITY=385759045/;UID=20/;section=HEADER"),
            new CatenateTextPart("--boundary\r\n"u8.ToArray()),
            new CatenateUrlPart("/Drafts;UIDVALIDITY=385759045/;UID=30"),
        ]) { Flags = [Flag.Seen, Flag.Draft, Flag.MdnSent] }),
        new CopyCommand(SequenceSet.Parse("2:4,7"), Box),
        new CopyCommand(SequenceSet.Parse("1:*"), Box) { IsUid = true },
        new MoveCommand(SequenceSet.Parse("$"), Box),
        new MoveCommand(SequenceSet.Parse("42:69"), MailboxName.Inbox) { IsUid = true },
        new UidExpungeCommand(SequenceSet.Parse("3000:3002,4000:*")),
        new UidExpungeCommand(UidSet.Parse("7")),
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Value_write_parse_gives_an_equal_value(ImapCommand command) => RoundTrip(command);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Round_trips_with_utf8_and_literal_plus(ImapCommand command) =>
        RoundTrip(command, ImapWriterOptions.Client with { Utf8 = true, LiteralMode = LiteralMode.NonSynchronizing });

    [Theory]
    [MemberData(nameof(Commands))]
    public void Parses_from_one_byte_segments(ImapCommand command)
    {
        byte[] wire = WriteBytes(command);
        TaggedCommand parsed = CommandParser.Parse(Wire.Segments.OneBytePerSegment(wire));
        Assert.Equal(command, parsed.Command);
    }

    [Theory]
    [InlineData("A1 SELECT INBOX (CONDSTORE)\r\n")]
    [InlineData("A1 EXAMINE INBOX (QRESYNC (67890007 20050715194045000 41,43:211,214:541))\r\n")]
    [InlineData("A1 SELECT INBOX (QRESYNC (67890007 90060115194045000 41:211,214:541 (1:10,30 41:50,210)))\r\n")]
    [InlineData("A1 SELECT INBOX (CONDSTORE QRESYNC (1 2))\r\n")]
    [InlineData("A1 CREATE Drafts (USE (\\Drafts))\r\n")]
    [InlineData("A1 CREATE x (USE ())\r\n")]
    [InlineData("A1 LIST (SUBSCRIBED SPECIAL-USE) \"\" * RETURN (CHILDREN MYRIGHTS STATUS (MESSAGES DELETED SIZE))\r\n")]
    [InlineData("A1 LSUB \"\" %\r\n")]
    [InlineData("A1 STATUS INBOX (MESSAGES UIDNEXT UIDVALIDITY UNSEEN DELETED SIZE RECENT HIGHESTMODSEQ APPENDLIMIT MAILBOXID)\r\n")]
    [InlineData("A1 APPEND INBOX (\\Seen) \"31-Dec-2020 23:59:59 +0000\" ~{3}\r\na\0b\r\n")]
    [InlineData("A1 APPEND INBOX \" 7-Feb-1994 21:52:25 -0800\" {1}\r\na (\\Flagged) {1}\r\nb\r\n")]
    [InlineData("A1 APPEND Drafts CATENATE (URL \"/Drafts;UIDVALIDITY=385759045/;UID=20\" TEXT {2}\r\nhi)\r\n")]
    [InlineData("A1 CHECK\r\n")]
    [InlineData("A1 UID EXPUNGE 1:*\r\n")]
    public void Canonical_wire_parse_write_is_identical(string wire)
    {
        TaggedCommand parsed = Parse(wire);
        Assert.Equal(wire, Write(parsed.Command, parsed.Tag, ImapWriterOptions.Client with { LiteralMode = LiteralMode.Synchronizing }));
    }

    [Fact]
    public void QResync_values_are_read()
    {
        var select = ParseAs<SelectCommand>(
            "A1 SELECT INBOX (QRESYNC (67890007 90060115194045000 41:211,214:541 (1:10,30 41:50,210)))\r\n");
        QResyncParameters q = select.QResync!;
        Assert.Equal(67890007u, q.UidValidity);
        Assert.Equal(90060115194045000ul, q.ModSeq);
        Assert.Equal(UidSet.Parse("41:211,214:541"), q.KnownUids);
        Assert.Equal(SequenceSet.Parse("1:10,30"), q.KnownSequenceNumbers);
        Assert.Equal(UidSet.Parse("41:50,210"), q.KnownSequenceUids);
    }

    [Fact]
    public void Append_values_are_read()
    {
        var append = ParseAs<AppendCommand>("A1 APPEND INBOX (\\Seen $Junk) \" 7-Feb-1994 21:52:25 -0800\" ~{3}\r\na\0b\r\n");
        AppendMessage m = Assert.Single(append.Messages);
        Assert.Equal([Flag.Seen, Flag.Junk], m.Flags!);
        Assert.Equal(new DateTimeOffset(1994, 2, 7, 21, 52, 25, TimeSpan.FromHours(-8)), m.InternalDate);
        Assert.Equal(TimeSpan.FromHours(-8), m.InternalDate!.Value.Offset);
        Assert.True(m.Binary);
        Assert.Equal("a\0b"u8.ToArray(), m.Content.ToArray());
    }

    [Fact]
    public void Catenate_parts_are_read()
    {
        var append = ParseAs<AppendCommand>("A1 APPEND Drafts (\\Seen) CATENATE (URL \"/Drafts;UID=20\" TEXT {2}\r\nhi)\r\n");
        IReadOnlyList<CatenatePart> parts = Assert.Single(append.Messages).Catenate!;
        Assert.Equal(new CatenateUrlPart("/Drafts;UID=20"), parts[0]);
        Assert.Equal(new CatenateTextPart("hi"u8.ToArray()), parts[1]);
    }

    [Fact]
    public void Mailbox_names_use_modified_utf7_unless_utf8()
    {
        var create = new CreateCommand(new MailboxName("Entwürfe"));
        Assert.Equal("A1 CREATE Entw&APw-rfe\r\n", Write(create));
        Assert.Equal("A1 CREATE \"Entwürfe\"\r\n", Write(create, options: ImapWriterOptions.Client with { Utf8 = true }));
        Assert.Equal("Entwürfe", ParseAs<CreateCommand>("A1 CREATE Entw&APw-rfe\r\n").Mailbox.Name);
        var list = new ListCommand(new MailboxName(""), "Entwürfe/*");
        Assert.Equal("A1 LIST \"\" Entw&APw-rfe/*\r\n", Write(list));
    }

    [Fact]
    public void Keywords_are_case_insensitive_on_input()
    {
        var list = ParseAs<ListCommand>("A1 list (subscribed) \"\" * return (children status (messages))\r\n");
        Assert.Equal(ListSelectOptions.Subscribed, list.SelectionOptions);
        Assert.Equal(ListReturnOptions.Children, list.ReturnOptions);
        Assert.True(ParseAs<SelectCommand>("A1 select x (condstore)\r\n").CondStore);
        Assert.Equal("PLAIN", ParseAs<AuthenticateCommand>("A1 authenticate plain\r\n").Mechanism);
    }

    [Fact]
    public void Lists_in_records_compare_by_content()
    {
        var a = new StatusCommand(Box, [StatusItem.Messages]);
        var b = new StatusCommand(Box, new List<StatusItem> { StatusItem.Messages });
        Assert.Equal(a, b);
        Assert.NotEqual(a, new StatusCommand(Box, [StatusItem.Unseen]));
        Assert.NotEqual(new CreateCommand(Box), new CreateCommand(Box) { SpecialUse = [] });
    }

    [Fact]
    public void Internal_date_drops_fractions_of_a_second()
    {
        var m = new AppendMessage("x"u8.ToArray()) { InternalDate = new DateTimeOffset(2021, 3, 4, 5, 6, 7, 890, TimeSpan.Zero) };
        Assert.Equal(new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.Zero), m.InternalDate);
        Assert.Contains("\" 4-Mar-2021 05:06:07 +0000\"", Write(new AppendCommand(Box, m)), StringComparison.Ordinal);
    }

    [Fact]
    public void Uid_commands_name_themselves()
    {
        Assert.Equal("UID MOVE", new MoveCommand(SequenceSet.Parse("1"), Box) { IsUid = true }.Name);
        Assert.Equal("MOVE", new MoveCommand(SequenceSet.Parse("1"), Box).Name);
        Assert.Equal("A1 UID MOVE 1 Archive/2024\r\n", Write(new MoveCommand(SequenceSet.Parse("1"), Box) { IsUid = true }));
        Assert.Equal("EXAMINE", new SelectCommand(Box) { ReadOnly = true }.Name);
        Assert.Equal(Encoding.ASCII.GetBytes("A1 UID EXPUNGE 7\r\n"), WriteBytes(new UidExpungeCommand(UidSet.Parse("7"))));
    }
}
