using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

public class StoreCommandTests
{
    [Theory]
    // RFC 9051 / RFC 3501.
    [InlineData("A003 STORE 2:4 +FLAGS (\\Deleted)")]
    // RFC 7162.
    [InlineData("a103 UID STORE 6,4,8 (UNCHANGEDSINCE 12121230045) +FLAGS.SILENT (\\Deleted)")]
    [InlineData("a104 STORE * (UNCHANGEDSINCE 12121230045) +FLAGS.SILENT (\\Deleted $Processed)")]
    [InlineData("c101 STORE 50 (UNCHANGEDSINCE 12121230045) -FLAGS.SILENT (\\Deleted)")]
    [InlineData("d105 STORE 7,5,9 (UNCHANGEDSINCE 320162338) +FLAGS.SILENT (\\Deleted)")]
    [InlineData("a102 STORE 12 (UNCHANGEDSINCE 0) +FLAGS.SILENT ($MDNSent)")]
    [InlineData("a106 STORE 100:150 (UNCHANGEDSINCE 212030000000) +FLAGS.SILENT ($Processed)")]
    [InlineData("b108 STORE 101 (UNCHANGEDSINCE 303011130956) +FLAGS.SILENT ($Processed)")]
    [InlineData("b003 STORE 2 (UNCHANGEDSINCE 320172340) +FLAGS (\\Seen)")]
    [InlineData("A160 STORE 7 +FLAGS.SILENT (\\Deleted)")]
    [InlineData("A240 STORE 7 +FLAGS.SILENT (\\Seen)")]
    [InlineData("A330 STORE 7 -FLAGS.SILENT (\\Answered \\Seen)")]
    // Others.
    [InlineData("A1 STORE 1 FLAGS ()")]
    [InlineData("A1 UID STORE 1:* FLAGS (\\Seen \\Flagged $Junk custom)")]
    public void Round_trips_canonical_lines(string line) => RoundTrip<StoreCommand>(line);

    [Theory]
    [InlineData("F284 STORE $ +FLAGS.Silent (\\Deleted)", "F284 STORE $ +FLAGS.SILENT (\\Deleted)")]
    [InlineData("B001 STORE 1:7 (UNCHANGEDSINCE 320172338) +FLAGS (\\SEEN)", "B001 STORE 1:7 (UNCHANGEDSINCE 320172338) +FLAGS (\\Seen)")]
    [InlineData("A150 STORE 1:2 (UNCHANGEDSINCE 96) +FLAGS.SILENT \\Seen", "A150 STORE 1:2 (UNCHANGEDSINCE 96) +FLAGS.SILENT (\\Seen)")]
    [InlineData("A151 STORE 3 +FLAGS.SILENT \\Seen", "A151 STORE 3 +FLAGS.SILENT (\\Seen)")]
    [InlineData("a005 store 12 +flags \\deleted", "a005 STORE 12 +FLAGS (\\Deleted)")]
    [InlineData("m STORE 42 FLAGS f1 f2 f3 f4 f5", "m STORE 42 FLAGS (f1 f2 f3 f4 f5)")]
    public void Normalizes_non_canonical_lines(string line, string canonical)
    {
        TaggedCommand tagged = Parse(line);
        Assert.Equal(canonical, Write(tagged.Command, tagged.Tag));
    }

    [Fact]
    public void Parses_fields_and_shares_well_known_flags()
    {
        var c = Parse<StoreCommand>("a103 UID STORE 6,4,8 (UNCHANGEDSINCE 12121230045) -FLAGS.SILENT (\\deleted $Forwarded)");
        Assert.True(c.IsUid);
        Assert.Equal("UID STORE", c.Name);
        Assert.Equal(12121230045UL, c.UnchangedSince);
        Assert.Equal(StoreAction.Remove, c.Action);
        Assert.True(c.Silent);
        Assert.Same(Flag.Deleted, c.Flags[0]);
        Assert.Same(Flag.Forwarded, c.Flags[1]);
    }

    [Theory]
    [InlineData("A1 STORE 1 +X-GM-LABELS (\\Inbox \"My Label\" Work)")]
    [InlineData("A1 UID STORE 1:3 -X-GM-LABELS.SILENT (\\Important)")]
    [InlineData("A1 STORE 1 X-GM-LABELS ()")]
    public void Round_trips_gmail_labels(string line) => RoundTrip<StoreGmailLabelsCommand>(line);

    [Fact]
    public void Parses_gmail_labels()
    {
        var c = Parse<StoreGmailLabelsCommand>("A1 UID STORE 5 +x-gm-labels \\Starred \"a b\" {3}\r\nx\"y");
        Assert.True(c.IsUid);
        Assert.Equal(StoreAction.Add, c.Action);
        Assert.Equal(["\\Starred", "a b", "x\"y"], c.Labels);
        Assert.Equal("A1 UID STORE 5 +X-GM-LABELS (\\Starred \"a b\" \"x\\\"y\")", Write(c));
    }

    [Fact]
    public void Values_round_trip()
    {
        var set = SequenceSet.Parse("1:*");
        ValueRoundTrip(new StoreCommand(set, StoreAction.Replace, false, [Flag.Seen, new Flag("$Label1")]));
        ValueRoundTrip(new StoreCommand(set, StoreAction.Add, true, []) { IsUid = true, UnchangedSince = 0 });
        ValueRoundTrip(new StoreGmailLabelsCommand(set, StoreAction.Remove, false, ["\\Inbox", "NIL", "ünï", ""]) { IsUid = true });
        ValueRoundTrip(new StoreGmailLabelsCommand(set, StoreAction.Add, true, ["x"]) { UnchangedSince = 5 });
    }

    [Theory]
    [InlineData("A1 STORE 1 +FLAGS (\\*)", "\\* is not a flag")]
    [InlineData("A1 STORE 1 +FLAGS (\\Seen", "expected \")\"")]
    [InlineData("A1 STORE 1 +FLAGS \\Seen)", "expected CRLF")]
    [InlineData("A1 STORE 1 +FLAGZ (\\Seen)", "expected FLAGS, FLAGS.SILENT, X-GM-LABELS")]
    [InlineData("A1 STORE 1 (NOSUCH 5) FLAGS (\\Seen)", "unknown STORE modifier NOSUCH")]
    [InlineData("A1 STORE 1 (UNCHANGEDSINCE 5 UNCHANGEDSINCE 6) FLAGS ()", "only one STORE modifier")]
    [InlineData("A1 STORE 1 FLAGS (\\)", "expected atom")]
    [InlineData("A1 STORE 1 FLAGS", "expected SP")]
    public void Rejects_bad_input_with_reason(string line, string reason)
    {
        ImapParseException e = Fails(line);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_compares_flags_by_value()
    {
        var a = new StoreCommand(new SequenceSet(1), StoreAction.Add, false, [Flag.Seen]);
        Assert.Equal(a, new StoreCommand(new SequenceSet(1), StoreAction.Add, false, [new Flag("\\SEEN")]));
        Assert.NotEqual(a, a with { Silent = true });
    }
}
