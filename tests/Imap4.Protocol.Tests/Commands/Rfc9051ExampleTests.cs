using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;
using static Imap4.Protocol.Tests.Commands.CommandKit;

namespace Imap4.Protocol.Tests.Commands;

/// <summary>Every single-line client example of RFC 9051 for the core commands.</summary>
public class Rfc9051ExampleTests
{
    // Examples whose text is already the canonical form this library writes: wire -> Parse -> Write is identical.
    [Theory]
    [InlineData("abcd CAPABILITY", typeof(CapabilityCommand))]
    [InlineData("efgh STARTTLS", typeof(StartTlsCommand))]
    [InlineData("a002 NOOP", typeof(NoopCommand))]
    [InlineData("A023 LOGOUT", typeof(LogoutCommand))]
    [InlineData("a004 AUTHENTICATE PLAIN dGVzdAB0ZXN0AHRlc3Q=", typeof(AuthenticateCommand))]
    [InlineData("A001 AUTHENTICATE GSSAPI", typeof(AuthenticateCommand))]
    [InlineData("A01 AUTHENTICATE EXTERNAL =", typeof(AuthenticateCommand))]
    [InlineData("a001 LOGIN SMITH SESAME", typeof(LoginCommand))]
    [InlineData("A001 LOGIN fred blurdybloop", typeof(LoginCommand))]
    [InlineData("A142 SELECT INBOX", typeof(SelectCommand))]
    [InlineData("A143 SELECT Drafts", typeof(SelectCommand))]
    [InlineData("A932 EXAMINE blurdybloop", typeof(SelectCommand))]
    [InlineData("A003 CREATE owatagusiam/", typeof(CreateCommand))]
    [InlineData("A004 CREATE owatagusiam/blurdybloop", typeof(CreateCommand))]
    [InlineData("A005 CREATE NonNormalized", typeof(CreateCommand))]
    [InlineData("A002 CREATE \"INBOX.Sent Mail\"", typeof(CreateCommand))]
    [InlineData("A004 CREATE \"Sent Mail\"", typeof(CreateCommand))]
    [InlineData("A006 CREATE \"#mh/Deleted Items\"", typeof(CreateCommand))]
    [InlineData("A683 DELETE blurdybloop", typeof(DeleteCommand))]
    [InlineData("A685 DELETE foo/bar", typeof(DeleteCommand))]
    [InlineData("m356 DELETE Notes", typeof(DeleteCommand))]
    [InlineData("A683 RENAME blurdybloop sarasoop", typeof(RenameCommand))]
    [InlineData("Z433 RENAME INBOX old-mail", typeof(RenameCommand))]
    [InlineData("1001 RENAME X Y", typeof(RenameCommand))]
    [InlineData("1002 SUBSCRIBE Y", typeof(SubscribeCommand))]
    [InlineData("1003 UNSUBSCRIBE X", typeof(UnsubscribeCommand))]
    [InlineData("A002 SUBSCRIBE #news.comp.mail.mime", typeof(SubscribeCommand))]
    [InlineData("A002 UNSUBSCRIBE #news.comp.mail.mime", typeof(UnsubscribeCommand))]
    [InlineData("A682 LIST \"\" *", typeof(ListCommand))]
    [InlineData("A86 LIST \"\" %", typeof(ListCommand))]
    [InlineData("A101 LIST \"\" \"\"", typeof(ListCommand))]
    [InlineData("A102 LIST #news.comp.mail.misc \"\"", typeof(ListCommand))]
    [InlineData("A103 LIST /usr/staff/jones \"\"", typeof(ListCommand))]
    [InlineData("A202 LIST ~/Mail/ %", typeof(ListCommand))]
    [InlineData("a1 LIST (REMOTE) \"\" *", typeof(ListCommand))]
    [InlineData("a3 LIST (REMOTE) \"\" %", typeof(ListCommand))]
    [InlineData("a3.1 LIST \"\" (% music/rock)", typeof(ListCommand))]
    [InlineData("A01 LIST \"\" % RETURN (STATUS (MESSAGES UNSEEN))", typeof(ListCommand))]
    [InlineData("A042 STATUS blurdybloop (UIDNEXT MESSAGES)", typeof(StatusCommand))]
    [InlineData("A004 COPY 2:4 meeting", typeof(CopyCommand))]
    [InlineData("A005 UID COPY 305:310 meeting", typeof(CopyCommand))]
    [InlineData("A006 COPY 2 funny", typeof(CopyCommand))]
    [InlineData("E283 COPY $ \"Other Messages\"", typeof(CopyCommand))]
    [InlineData("A003 COPY 2:4 MEETING", typeof(CopyCommand))]
    [InlineData("a UID MOVE 42:69 foo", typeof(MoveCommand))]
    [InlineData("A003 UID EXPUNGE 3000:3002", typeof(UidExpungeCommand))]
    [InlineData("A002 IDLE", typeof(IdleCommand))]
    [InlineData("A341 CLOSE", typeof(CloseCommand))]
    [InlineData("A342 UNSELECT", typeof(UnselectCommand))]
    [InlineData("A202 EXPUNGE", typeof(ExpungeCommand))]
    [InlineData("o356 RENAME this that", typeof(RenameCommand))]
    [InlineData("n1 UID COPY 1:* oldmail", typeof(CopyCommand))]
    [InlineData("A222 COPY 1:2 owatagusiam", typeof(CopyCommand))]
    public void Canonical_examples_round_trip_byte_for_byte(string line, Type type)
    {
        string wire = line + "\r\n";
        TaggedCommand parsed = Parse(wire);
        Assert.IsType(type, parsed.Command);
        Assert.Equal(wire, Write(parsed.Command, parsed.Tag));
    }

    // Examples in a non-canonical but valid form: they parse, and the written canonical form parses to an equal value.
    [Theory]
    [InlineData("A01 LIST \"\" \"*\"", "A01 LIST \"\" *")]
    [InlineData("A02 LIST (SUBSCRIBED) \"\" \"*\"", "A02 LIST (SUBSCRIBED) \"\" *")]
    [InlineData("A03 LIST () \"\" \"%\" RETURN (CHILDREN)", "A03 LIST \"\" % RETURN (CHILDREN)")]
    [InlineData("A04 LIST (REMOTE) \"\" \"%\" RETURN (CHILDREN)", "A04 LIST (REMOTE) \"\" % RETURN (CHILDREN)")]
    [InlineData("A05 LIST (REMOTE SUBSCRIBED) \"\" \"*\"", "A05 LIST (SUBSCRIBED REMOTE) \"\" *")]
    [InlineData("A06 LIST (REMOTE) \"\" \"*\" RETURN (SUBSCRIBED)", "A06 LIST (REMOTE) \"\" * RETURN (SUBSCRIBED)")]
    [InlineData("CA3 LIST \"\" \"%\" RETURN (CHILDREN)", "CA3 LIST \"\" % RETURN (CHILDREN)")]
    [InlineData("C04 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"%\"", "C04 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" %")]
    [InlineData("C04 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"%\" RETURN (CHILDREN)", "C04 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" % RETURN (CHILDREN)")]
    [InlineData("D03 LIST (RECURSIVEMATCH SUBSCRIBED) \"\" \"*2\"", "D03 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" *2")]
    [InlineData("a1 LIST \"\" (\"foo\")", "a1 LIST \"\" foo")]
    [InlineData("a2 LIST (SUBSCRIBED) \"\" \"foo/*\"", "a2 LIST (SUBSCRIBED) \"\" foo/*")]
    [InlineData("a3 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" foo RETURN (CHILDREN)", "a3 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" foo RETURN (CHILDREN)")]
    [InlineData("a2 LIST () \"\" %", "a2 LIST \"\" %")]
    [InlineData("A02 LIST (SUBSCRIBED RECURSIVEMATCH)\"\" % RETURN (STATUS (MESSAGES))", "A02 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" % RETURN (STATUS (MESSAGES))")]
    [InlineData("A002 LIST (SPECIAL-USE) \"\" \"*\"", "A002 LIST (SPECIAL-USE) \"\" *")]
    [InlineData("A003 LIST (SPECIAL-USE) \"#mh/\" \"*\"", "A003 LIST (SPECIAL-USE) #mh/ *")]
    [InlineData("A002 LIST \"\" \"Other Users/%\"", "A002 LIST \"\" \"Other Users/%\"")]
    [InlineData("A002 LIST \"\" \"#Users/%\"", "A002 LIST \"\" #Users/%")]
    [InlineData("A002 LIST \"\" \"~mark/%\"", "A002 LIST \"\" ~mark/%")]
    [InlineData("A005 CREATE \"Delete Items\"", "A005 CREATE \"Delete Items\"")]
    [InlineData("F283 COPY $ \"Junk\"", "F283 COPY $ Junk")]
    [InlineData("l create \"///////\"", "l CREATE ///////")]
    [InlineData("k1 select \"/archive/projects/experiment-iv\"", "k1 SELECT /archive/projects/experiment-iv")]
    [InlineData("k2 status \"/archive/projects/experiment-iv\" (messages)", "k2 STATUS /archive/projects/experiment-iv (MESSAGES)")]
    [InlineData("b LOGIN \"fred\" \"foo\"", "b LOGIN fred foo")]
    [InlineData("e login \"fred\" \"foo\"", "e LOGIN fred foo")]
    [InlineData("g delete \"/archive/projects/experiment-iv\"", "g DELETE /archive/projects/experiment-iv")]
    [InlineData("n2 uid copy 1:* oldmail", "n2 UID COPY 1:* oldmail")]
    [InlineData("d select inbox", "d SELECT INBOX")]
    [InlineData("A223 COPY 3:200 blurdybloop", "A223 COPY 3:200 blurdybloop")]
    [InlineData("a000 starttls", "a000 STARTTLS")]
    [InlineData("A001 AUTHENTICATE SCRAM-SHA-256", "A001 AUTHENTICATE SCRAM-SHA-256")]
    [InlineData("a006 logout", "a006 LOGOUT")]
    [InlineData("c1 AUTHENTICATE PLAIN", "c1 AUTHENTICATE PLAIN")]
    public void Other_examples_parse_and_write_canonically(string line, string canonical)
    {
        TaggedCommand parsed = Parse(line + "\r\n");
        string written = Write(parsed.Command, parsed.Tag);
        Assert.Equal(canonical + "\r\n", written);
        Assert.Equal(parsed.Command, Parse(written).Command);
    }

    [Fact]
    public void Select_inbox_example_has_the_expected_values()
    {
        var select = ParseAs<SelectCommand>("A142 SELECT INBOX\r\n");
        Assert.Equal(MailboxName.Inbox, select.Mailbox);
        Assert.False(select.ReadOnly);
        Assert.False(select.CondStore);
        Assert.Null(select.QResync);
        Assert.True(ParseAs<SelectCommand>("A932 EXAMINE blurdybloop\r\n").ReadOnly);
    }

    [Fact]
    public void Authenticate_plain_example_decodes_the_initial_response()
    {
        var auth = ParseAs<AuthenticateCommand>("a004 AUTHENTICATE PLAIN dGVzdAB0ZXN0AHRlc3Q=\r\n");
        Assert.Equal("PLAIN", auth.Mechanism);
        Assert.Equal("test\0test\0test"u8.ToArray(), auth.InitialResponse!.Value.ToArray());
        var external = ParseAs<AuthenticateCommand>("A01 AUTHENTICATE EXTERNAL =\r\n");
        Assert.True(external.InitialResponse is { IsEmpty: true });
        Assert.Null(ParseAs<AuthenticateCommand>("A01 AUTHENTICATE PLAIN\r\n").InitialResponse);
    }

    [Fact]
    public void Status_example_keeps_item_order()
    {
        var status = ParseAs<StatusCommand>("A042 STATUS blurdybloop (UIDNEXT MESSAGES)\r\n");
        Assert.Equal(new MailboxName("blurdybloop"), status.Mailbox);
        Assert.Equal([StatusItem.UidNext, StatusItem.Messages], status.Items);
    }

    [Fact]
    public void List_extended_examples_have_the_expected_values()
    {
        var list = ParseAs<ListCommand>("a3.1 LIST \"\" (% music/rock)\r\n");
        Assert.Equal(["%", "music/rock"], list.Patterns);
        Assert.True(list.IsExtended);
        list = ParseAs<ListCommand>("C04 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"%\" RETURN (CHILDREN)\r\n");
        Assert.Equal(ListSelectOptions.Subscribed | ListSelectOptions.RecursiveMatch, list.SelectionOptions);
        Assert.Equal(ListReturnOptions.Children, list.ReturnOptions);
        list = ParseAs<ListCommand>("A01 LIST \"\" % RETURN (STATUS (MESSAGES UNSEEN))\r\n");
        Assert.Equal([StatusItem.Messages, StatusItem.Unseen], list.ReturnStatus!);
        Assert.False(ParseAs<ListCommand>("A682 LIST \"\" *\r\n").IsExtended);
    }

    [Fact]
    public void Saved_result_copy_example_uses_dollar()
    {
        var copy = ParseAs<CopyCommand>("E283 COPY $ \"Other Messages\"\r\n");
        Assert.True(copy.Messages.IsSavedResult);
        Assert.Equal("Other Messages", copy.Destination.Name);
        Assert.False(copy.IsUid);
        Assert.Equal("UID COPY", ParseAs<CopyCommand>("A005 UID COPY 305:310 meeting\r\n").Name);
    }

    private static readonly string[] AppendLines =
    [
        "Date: Mon, 7 Feb 1994 21:52:25 -0800 (PST)",
        "From: Fred Foobar <foobar@example.com>",
        "Subject: afternoon meeting",
        "To: mooch@example.com",
        "Message-Id: <B27397-0100000@example.com>",
        "MIME-Version: 1.0",
        "Content-Type: TEXT/PLAIN; CHARSET=US-ASCII",
        "",
        "Hello Joe, do you think we can meet at 3:30 tomorrow?",
        "",
    ];

    [Fact]
    public void Append_example_with_non_synchronizing_literal_round_trips()
    {
        string message = string.Join("\r\n", AppendLines);
        Assert.Equal(297, message.Length); // the RFC's literal size: the example was reconstructed faithfully
        string wire = $"A003 APPEND saved-messages (\\Seen) {{297+}}\r\n{message}\r\n";
        var append = ParseAs<AppendCommand>(wire);
        AppendMessage m = Assert.Single(append.Messages);
        Assert.Equal([Flag.Seen], m.Flags!);
        Assert.Null(m.InternalDate);
        Assert.Equal(message, Encoding.ASCII.GetString(m.Content.Span));
        var options = ImapWriterOptions.Client with { LiteralMode = LiteralMode.NonSynchronizing };
        Assert.Equal(wire, Write(append, "A003", options));
    }

    [Fact]
    public void Append_example_with_synchronizing_literal_records_the_continuation_point()
    {
        string message = string.Join("\r\n", AppendLines);
        var append = new AppendCommand(new MailboxName("saved-messages"),
            new AppendMessage(Encoding.ASCII.GetBytes(message)) { Flags = [Flag.Seen] });
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var writer = new ImapWriter(buffer);
        append.Write(writer, "A003");
        string head = "A003 APPEND saved-messages (\\Seen) {297}\r\n";
        Assert.Equal(head + message + "\r\n", Encoding.ASCII.GetString(buffer.WrittenSpan));
        Assert.Equal([(long)head.Length], writer.ContinuationPoints);
    }

    [Fact]
    public void Login_example_with_literals_parses()
    {
        var login = ParseAs<LoginCommand>("A001 LOGIN {11}\r\nFRED FOOBAR {7}\r\nfat man\r\n");
        Assert.Equal("FRED FOOBAR", login.UserName);
        Assert.Equal("fat man", login.Password);
        Assert.Equal("A001 LOGIN \"FRED FOOBAR\" \"fat man\"\r\n", Write(login, "A001"));
    }

    [Fact]
    public void Idle_done_is_recognised_but_is_not_a_command()
    {
        Assert.True(IdleCommand.IsDone("DONE\r\n"u8));
        Assert.True(IdleCommand.IsDone("done\n"u8));
        Assert.False(IdleCommand.IsDone("DONE NOW\r\n"u8));
        Assert.Equal("DONE\r\n"u8.ToArray(), IdleCommand.DoneLine.ToArray());
        Assert.Throws<ImapParseException>(() => Parse("DONE\r\n"));
    }
}
