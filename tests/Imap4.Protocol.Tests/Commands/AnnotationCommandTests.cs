using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

/// <summary>GETANNOTATION and SETANNOTATION (Cyrus, draft-daboo-imap-annotatemore).</summary>
public class AnnotationCommandTests
{
    [Theory]
    [InlineData("a GETANNOTATION INBOX \"/comment\" \"value.priv\"")]
    [InlineData("a GETANNOTATION INBOX \"/comment\" (\"value.priv\" \"value.shared\")")]
    [InlineData("a GETANNOTATION \"user/%\" (\"/comment\" \"/vendor/cmu/*\") \"value.*\"")]
    [InlineData("a SETANNOTATION INBOX \"/comment\" (\"value.priv\" \"My new comment\")")]
    [InlineData("a SETANNOTATION INBOX \"/comment\" (\"value.priv\" NIL \"value.shared\" \"x\")")]
    [InlineData("a SETANNOTATION INBOX (\"/comment\" (\"value.priv\" \"a\") \"/check\" (\"value.shared\" \"1\"))")]
    public void Round_trips_canonical_lines(string line) => RoundTrip<ImapCommand>(line);

    [Fact]
    public void Accepts_atoms_and_quoted_mailbox()
    {
        var c = Parse<GetAnnotationCommand>("a getannotation \"INBOX\" /comment value.shared");
        Assert.Equal(MailboxName.Inbox, c.Mailbox);
        Assert.Equal(["/comment"], c.Entries);
        Assert.Equal(["value.shared"], c.Attributes);
        Assert.Equal("A1 GETANNOTATION INBOX \"/comment\" \"value.shared\"", Write(c));
    }

    [Fact]
    public void Values_round_trip()
    {
        ValueRoundTrip(new GetAnnotationCommand(new MailboxName("a b"), ["/comment", "/x"], ["value.priv"]));
        ValueRoundTrip(new SetAnnotationCommand(MailboxName.Inbox,
            [new AnnotationEntry("/comment", [new("value.priv", "line1\r\nline2"), new("value.shared", null)])]));
    }

    [Theory]
    [InlineData("a GETANNOTATION INBOX \"/comment\"", "expected SP")]
    [InlineData("a SETANNOTATION INBOX \"/comment\" \"value.priv\" \"x\"", "expected \"(\"")]
    [InlineData("a SETANNOTATION INBOX \"/comment\" (\"value.priv\")", "expected SP")]
    [InlineData("a SETANNOTATION INBOX \"\" (\"value.priv\" \"x\")", "empty annotation entry name")]
    public void Rejects_bad_input(string line, string reason) => Assert.Contains(reason, Fails(line).Reason, StringComparison.Ordinal);

    [Fact]
    public void Refuses_invalid_values() =>
        Assert.Throws<ArgumentException>(() => new AnnotationEntry("/comment", []));
}
