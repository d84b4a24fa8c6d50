using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using static Imap4.Protocol.Tests.Commands.CommandKit;

namespace Imap4.Protocol.Tests.Commands;

public class CommandErrorTests
{
    [Theory]
    [InlineData("A1 SELECT\r\n", 9, "SP")]
    [InlineData("A1 SELECT \r\n", 10, "mailbox")]
    [InlineData("A1 EXAMINE\r\n", 10, "SP")]
    [InlineData("A1 LOGIN fred\r\n", 13, "SP")]
    [InlineData("A1 LOGIN fred \r\n", 14, "password")]
    [InlineData("A1 RENAME a\r\n", 11, "SP")]
    [InlineData("A1 STATUS INBOX\r\n", 15, "SP")]
    [InlineData("A1 STATUS INBOX ()\r\n", 17, "status item")]
    [InlineData("A1 STATUS INBOX (MESSAGES\r\n", 25, "\")\"")]
    [InlineData("A1 STATUS INBOX MESSAGES)\r\n", 16, "\"(\"")]
    [InlineData("A1 STATUS INBOX (MESSAGES BOGUS)\r\n", 26, "unknown status item BOGUS")]
    [InlineData("A1 LIST \"\"\r\n", 10, "SP")]
    [InlineData("A1 LIST \"\" (a b\r\n", 15, "\")\"")]
    [InlineData("A1 LIST (SUBSCRIBED \"\" *\r\n", 20, "atom")]
    [InlineData("A1 LIST (RECURSIVEMATCH) \"\" *\r\n", 8, "RECURSIVEMATCH needs")]
    [InlineData("A1 LIST (FANCY) \"\" *\r\n", 9, "unsupported LIST selection option FANCY")]
    [InlineData("A1 LIST \"\" * RETURN (BOGUS)\r\n", 21, "unsupported LIST return option BOGUS")]
    [InlineData("A1 LIST \"\" * EXTRA (X)\r\n", 13, "RETURN")]
    [InlineData("A1 SELECT INBOX (CONDSTORE\r\n", 26, "\")\"")]
    [InlineData("A1 SELECT INBOX (FOO)\r\n", 17, "unsupported select parameter FOO")]
    [InlineData("A1 SELECT INBOX (QRESYNC (0 5))\r\n", 26, "UIDVALIDITY 0")]
    [InlineData("A1 SELECT INBOX (QRESYNC (1 5 1:* ))\r\n", 32, "uid")]
    [InlineData("A1 SELECT INBOX (CONDSTORE CONDSTORE)\r\n", 27, "CONDSTORE given twice")]
    [InlineData("A1 CREATE x (FOO)\r\n", 13, "unsupported create parameter FOO")]
    [InlineData("A1 CREATE x (USE (Drafts))\r\n", 18, "special-use attribute")]
    [InlineData("A1 COPY 0 x\r\n", 8, "0")]
    [InlineData("A1 COPY 1:0 x\r\n", 10, "0")]
    [InlineData("A1 COPY 1\r\n", 9, "SP")]
    [InlineData("A1 MOVE x y\r\n", 8, "sequence-set")]
    [InlineData("A1 UID EXPUNGE\r\n", 14, "SP")]
    [InlineData("A1 UID NOOP\r\n", 3, "unknown command UID NOOP")]
    [InlineData("A1 NOOP x\r\n", 7, "CRLF")]
    [InlineData("A1 AUTHENTICATE\r\n", 15, "SP")]
    [InlineData("A1 AUTHENTICATE PLAIN a=b=\r\n", 22, "base64")]
    [InlineData("A1 AUTHENTICATE PLAIN abc\r\n", 22, "base64")]
    [InlineData("A1 APPEND INBOX\r\n", 15, "SP")]
    [InlineData("A1 APPEND INBOX (\\Seen\r\n", 22, "\")\"")]
    [InlineData("A1 APPEND INBOX \\Seen) {1}\r\nx\r\n", 16, "literal")]
    [InlineData("A1 APPEND INBOX (\\*) {1}\r\nx\r\n", 17, "\\*")]
    [InlineData("A1 APPEND INBOX \"31-Feb-2020 10:00:00 +0000\" {1}\r\nx\r\n", 16, "day 31 does not exist")]
    [InlineData("A1 APPEND INBOX \"1-Jan-2020\" {1}\r\nx\r\n", 16, "")]
    [InlineData("A1 APPEND INBOX {5}\r\nab\r\n", 21, "literal longer than the data")]
    [InlineData("A1 APPEND INBOX {3}\r\na\0b\r\n", 16, "NUL in message literal")]
    [InlineData("A1 APPEND INBOX CATENATE (TEXT ~{1}\r\nx)\r\n", 31, "not a literal8")]
    [InlineData("A1 APPEND INBOX CATENATE (FILE x)\r\n", 26, "TEXT, UTF8 or URL")]
    [InlineData("A1 APPEND INBOX CATENATE ()\r\n", 26, "TEXT, UTF8 or URL")]
    [InlineData("A1 CREATE &Jjo!\r\n", 10, "modified UTF-7")]
    [InlineData("A1 DELETE foo&AGE-\r\n", 10, "modified UTF-7")]
    [InlineData("A1 LIST \"\" &-&\r\n", 11, "modified UTF-7")]
    public void Bad_input_gives_reason_and_position(string wire, long position, string reason)
    {
        ImapParseException e = Fails(wire);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal(position, e.Position);
    }

    [Fact]
    public void Validating_constructors_reject_invalid_values()
    {
        var box = new MailboxName("x");
        Assert.Throws<ArgumentException>(() => new LoginCommand("a\0", "b"));
        Assert.Throws<ArgumentException>(() => new AuthenticateCommand("PL AIN"));
        Assert.Throws<ArgumentException>(() => new StatusCommand(box, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatusCommand(box, [(StatusItem)99]));
        Assert.Throws<ArgumentException>(() => new ListCommand(box, []));
        Assert.Throws<ArgumentException>(() => new ListCommand(box, "*") { SelectionOptions = ListSelectOptions.RecursiveMatch });
        Assert.Throws<ArgumentException>(() => new CreateCommand(box) { SpecialUse = ["Drafts"] });
        Assert.Throws<ArgumentOutOfRangeException>(() => new QResyncParameters(0, 1));
        Assert.Throws<ArgumentException>(() => new QResyncParameters(1, 1, null, SequenceSet.Parse("1"), null));
        Assert.Throws<ArgumentException>(() => new AppendMessage("a\0"u8.ToArray()));
        Assert.Throws<ArgumentException>(() => new AppendMessage(Array.Empty<CatenatePart>()));
        Assert.Throws<ArgumentException>(() => new AppendMessage("x"u8.ToArray()) { Flags = [Flag.Wildcard] });
        Assert.Throws<ArgumentException>(() => new AppendCommand(box, Array.Empty<AppendMessage>()));
        Assert.Throws<ArgumentException>(() => new CatenateUrlPart(""));
        Assert.Throws<ArgumentNullException>(() => new SelectCommand((MailboxName)null!));
    }
}
