using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

/// <summary>SETACL, DELETEACL, GETACL, LISTRIGHTS and MYRIGHTS (RFC 4314).</summary>
public class AclCommandTests
{
    [Theory]
    [InlineData("A001 SeTacl INBOX/Drafts David lrswida", "A001 SETACL INBOX/Drafts David lrswida")]
    [InlineData("A003 Setacl INBOX/Drafts Byron lrswikda", "A003 SETACL INBOX/Drafts Byron lrswikda")]
    [InlineData("A002 getacl INBOX/Drafts", "A002 GETACL INBOX/Drafts")]
    [InlineData("A002 getAcl INBOX/Drafts", "A002 GETACL INBOX/Drafts")]
    [InlineData("B001 getacl INBOX", "B001 GETACL INBOX")]
    [InlineData("B002 DeleteAcl INBOX Fred", "B002 DELETEACL INBOX Fred")]
    [InlineData("a001 LISTRIGHTS ~/Mail/saved smith", "a001 LISTRIGHTS ~/Mail/saved smith")]
    [InlineData("a005 listrights archive/imap anyone", "a005 LISTRIGHTS archive/imap anyone")]
    public void Parses_rfc_4314_examples(string line, string canonical)
    {
        TaggedCommand t = Parse(line);
        Assert.Equal(canonical, Write(t.Command, t.Tag));
        Assert.Equal(t.Command, Parse(canonical).Command);
    }

    [Theory]
    [InlineData("A001 GETACL INBOX/Drafts")]
    [InlineData("A002 SETACL INBOX/Drafts Chris +cda")]
    [InlineData("A003 GETACL INBOX/Drafts")]
    [InlineData("A036 SETACL INBOX/Drafts John lrqswicda")]
    [InlineData("B003 GETACL INBOX")]
    [InlineData("A002 GETACL INBOX")]
    [InlineData("A003 MYRIGHTS INBOX")]
    [InlineData("A003 MYRIGHTS TargetMailbox")]
    [InlineData("A143 MYRIGHTS INBOX")]
    [InlineData("A1 SETACL INBOX -fred -w")]
    [InlineData("A1 SETACL INBOX anyone \"\"")]
    public void Round_trips_canonical_rfc_examples(string line) => RoundTrip<ImapCommand>(line);

    [Fact]
    public void Splits_the_rights_prefix()
    {
        var add = Parse<SetAclCommand>("A002 SETACL INBOX/Drafts Chris +cda");
        Assert.Equal((StoreAction.Add, "cda", "Chris"), (add.Action, add.Rights, add.Identifier));
        var remove = Parse<SetAclCommand>("A1 SETACL INBOX -fred -w");
        Assert.Equal((StoreAction.Remove, "w", "-fred"), (remove.Action, remove.Rights, remove.Identifier));
    }

    [Fact]
    public void Rejects_upper_case_rights_like_the_rfc_server()
    {
        // RFC 4314 section 3.1: "A035 SETACL INBOX/Drafts John lrQswicda" gets "BAD Uppercase rights are not allowed".
        ImapParseException e = Fails("A035 SETACL INBOX/Drafts John lrQswicda");
        Assert.Contains("lower-case letters and digits", e.Reason, StringComparison.Ordinal);
        Assert.Equal("A035 SETACL INBOX/Drafts John ".Length, e.Position);
    }

    [Fact]
    public void Values_round_trip()
    {
        var box = new MailboxName("Shared/Équipe");
        ValueRoundTrip(new SetAclCommand(box, "group:admins", StoreAction.Replace, "lrswipkxtecda"));
        ValueRoundTrip(new SetAclCommand(box, "anyone", StoreAction.Remove, "r"));
        ValueRoundTrip(new DeleteAclCommand(box, "fred smith"));
        ValueRoundTrip(new GetAclCommand(box));
        ValueRoundTrip(new ListRightsCommand(box, "anyone"));
        ValueRoundTrip(new MyRightsCommand(box));
    }

    [Theory]
    [InlineData("A1 SETACL INBOX fred", "expected SP")]
    [InlineData("A1 DELETEACL INBOX", "expected SP")]
    [InlineData("A1 GETACL", "expected SP")]
    [InlineData("A1 LISTRIGHTS INBOX", "expected SP")]
    [InlineData("A1 MYRIGHTS INBOX extra", "expected CRLF")]
    public void Rejects_bad_input(string line, string reason) => Assert.Contains(reason, Fails(line).Reason, StringComparison.Ordinal);

    [Fact]
    public void Refuses_invalid_rights() =>
        Assert.Throws<ArgumentException>(() => new SetAclCommand(MailboxName.Inbox, "fred", StoreAction.Add, "+lr"));
}
