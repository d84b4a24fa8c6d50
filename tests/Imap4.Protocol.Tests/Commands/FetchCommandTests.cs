using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

public class FetchCommandTests
{
    [Theory]
    // RFC 9051 / RFC 3501 examples.
    [InlineData("A003 FETCH 4 ALL")]
    [InlineData("A005 FETCH 3 ALL")]
    [InlineData("a003 FETCH 12 FULL")]
    [InlineData("A283 FETCH $ (UID INTERNALDATE FLAGS BODY.PEEK[HEADER])")]
    [InlineData("A654 FETCH 2:4 (FLAGS BODY[HEADER.FIELDS (DATE FROM)])")]
    // RFC 7162.
    [InlineData("s100 UID FETCH 1:* (FLAGS) (CHANGEDSINCE 12345)")]
    [InlineData("a FETCH 1:3 (MODSEQ)")]
    [InlineData("s100 UID FETCH 300:500 (FLAGS) (CHANGEDSINCE 12345)")]
    [InlineData("s100 UID FETCH 300:500 (FLAGS) (CHANGEDSINCE 12345 VANISHED)")]
    // RFC 4314.
    [InlineData("A004 FETCH 1:3 (FLAGS)")]
    [InlineData("A007 FETCH 77:79 (FLAGS)")]
    // RFC 8970.
    [InlineData("A1 FETCH 1 (PREVIEW)")]
    [InlineData("A2 FETCH 1 (RFC822.SIZE PREVIEW)")]
    [InlineData("B1 FETCH 1:4 (ENVELOPE PREVIEW (LAZY))")]
    [InlineData("B2 FETCH 3:4 (PREVIEW)")]
    [InlineData("C3 FETCH $ (UID PREVIEW (LAZY))")]
    [InlineData("C4 UID FETCH 23 (PREVIEW)")]
    // RFC 8474, RFC 8514.
    [InlineData("26 FETCH 1:* (EMAILID THREADID)")]
    [InlineData("A101 FETCH 998 (SAVEDATE)")]
    // RFC 9394.
    [InlineData("10 UID FETCH 25900:26600 (UID FLAGS) (PARTIAL -1:-3)")]
    [InlineData("11 UID FETCH 25900:26600 (UID FLAGS) (PARTIAL 1:5)")]
    [InlineData("101 UID FETCH 25900:26600 (UID FLAGS) (PARTIAL -1:-30 CHANGEDSINCE 98305)")]
    // Every other attribute.
    [InlineData("A1 FETCH 1 FAST")]
    [InlineData("A1 FETCH 1:* (BODY BODYSTRUCTURE RFC822 RFC822.HEADER RFC822.TEXT)")]
    [InlineData("A1 FETCH 1 (BODY[] BODY[1.2.MIME] BODY[TEXT]<0.2048> BODY.PEEK[]<100.1>)")]
    [InlineData("A1 FETCH 1 (BINARY[] BINARY[1.2] BINARY.PEEK[3]<0.1024> BINARY.SIZE[1] BINARY.SIZE[])")]
    [InlineData("A1 UID FETCH 1:5 (X-GM-MSGID X-GM-THRID X-GM-LABELS)")]
    [InlineData("A1 FETCH 1 (BODY.PEEK[HEADER.FIELDS.NOT (\"X A\" RECEIVED)])")]
    public void Round_trips_canonical_lines(string line) => RoundTrip<FetchCommand>(line);

    [Theory]
    // Non-canonical RFC examples: parsed, then written in canonical form.
    [InlineData("A999 UID FETCH 4827313:4828442 FLAGS", "A999 UID FETCH 4827313:4828442 (FLAGS)")]
    [InlineData("22 fetch 1:* (emailid threadid)", "22 FETCH 1:* (EMAILID THREADID)")]
    [InlineData("a004 fetch 12 body[header]", "a004 FETCH 12 (BODY[HEADER])")]
    [InlineData("a003 fetch 12 full", "a003 FETCH 12 FULL")]
    [InlineData("101 UID FETCH 25900:26600 (UID FLAGS) (CHANGEDSINCE 98305 PARTIAL -1:-30)",
        "101 UID FETCH 25900:26600 (UID FLAGS) (PARTIAL -1:-30 CHANGEDSINCE 98305)")]
    [InlineData("A1 FETCH 1 PREVIEW (LAZY)", "A1 FETCH 1 (PREVIEW (LAZY))")]
    [InlineData("A1 FETCH 1 preview (lazy)", "A1 FETCH 1 (PREVIEW (LAZY))")]
    [InlineData("A1 FETCH 1 PREVIEW (CHANGEDSINCE 5)", "A1 FETCH 1 (PREVIEW) (CHANGEDSINCE 5)")]
    public void Normalizes_non_canonical_lines(string line, string canonical)
    {
        TaggedCommand tagged = Parse(line);
        Assert.Equal(canonical, Write(tagged.Command, tagged.Tag));
    }

    [Fact]
    public void Parses_attribute_details()
    {
        var c = Parse<FetchCommand>("A1 UID FETCH 1:* (BODY.PEEK[1.2.HEADER.FIELDS (From Subject)]<10.20> BINARY[3.1]) (CHANGEDSINCE 7 VANISHED)");
        Assert.True(c.IsUid);
        Assert.Equal("UID FETCH", c.Name);
        Assert.Equal(7UL, c.ChangedSince);
        Assert.True(c.Vanished);
        Assert.Equal(FetchAttributeKind.BodyPeek, c.Attributes[0].Kind);
        Assert.Equal(new uint[] { 1, 2 }, c.Attributes[0].Part);
        Assert.Equal(SectionKind.HeaderFields, c.Attributes[0].Section!.Kind);
        Assert.Equal(new PartialRange(10, 20), c.Attributes[0].Partial);
        Assert.Equal(FetchAttribute.Binary([3, 1]), c.Attributes[1]);
        Assert.True(c.Attributes[1].SetsSeen);
        Assert.False(c.Attributes[0].SetsSeen);
    }

    [Fact]
    public void Simple_attributes_are_shared_instances()
    {
        var c = Parse<FetchCommand>("A1 FETCH 1 (flags Uid rfc822.size)");
        Assert.Same(FetchAttribute.Flags, c.Attributes[0]);
        Assert.Same(FetchAttribute.Uid, c.Attributes[1]);
        Assert.Same(FetchAttribute.Rfc822Size, c.Attributes[2]);
    }

    [Fact]
    public void Macros_are_kept_and_expand()
    {
        var c = Parse<FetchCommand>("A1 FETCH 1 FULL");
        Assert.Same(FetchAttribute.Full, Assert.Single(c.Attributes));
        Assert.Equal(
            [FetchAttribute.Flags, FetchAttribute.InternalDate, FetchAttribute.Rfc822Size, FetchAttribute.Envelope, FetchAttribute.Body],
            c.ExpandAttributes());
        Assert.Equal(3, FetchAttribute.Fast.Expand().Count);
        Assert.Equal(4, FetchAttribute.All.Expand().Count);
        Assert.Same(FetchAttribute.Uid, Assert.Single(FetchAttribute.Uid.Expand()));
    }

    [Fact]
    public void Values_round_trip()
    {
        var set = SequenceSet.Parse("1:10,20");
        ValueRoundTrip(new FetchCommand(set, [FetchAttribute.Flags, FetchAttribute.BodyPeek(BodySection.HeaderFields("From", "Subject"))]));
        ValueRoundTrip(new FetchCommand(set, [FetchAttribute.All]));
        ValueRoundTrip(new FetchCommand(set, [FetchAttribute.Binary([1, 2], new PartialRange(0, 512)), FetchAttribute.BinarySize([])]) { IsUid = true });
        ValueRoundTrip(new FetchCommand(set, [FetchAttribute.PreviewLazy]) { IsUid = true, ChangedSince = 9, Vanished = true, Partial = PartialWindow.FromEnd(1, 50) });
        string line = ValueRoundTrip(new FetchCommand(set, [FetchAttribute.BodyAt(BodySection.Text, new PartialRange(5, 6)), FetchAttribute.ModSeq]) { ChangedSince = long.MaxValue });
        Assert.Equal("A1 FETCH 1:10,20 (BODY[TEXT]<5.6> MODSEQ) (CHANGEDSINCE 9223372036854775807)", line);
    }

    [Fact]
    public void Equality_compares_attribute_lists_by_value()
    {
        var a = new FetchCommand(new SequenceSet(1), [FetchAttribute.Flags, FetchAttribute.BodyPeek(BodySection.Header)]);
        var b = new FetchCommand(new SequenceSet(1), [FetchAttribute.Flags, FetchAttribute.BodyPeek(BodySection.Header)]);
        Assert.Equal(a, b);
        Assert.NotEqual(a, b with { IsUid = true });
        Assert.NotEqual(a, new FetchCommand(new SequenceSet(1), [FetchAttribute.Flags, FetchAttribute.BodyAt(BodySection.Header)]));
    }

    [Theory]
    [InlineData("A1 FETCH 1 (BODY[0])", "expected nz-number, got 0")]
    [InlineData("A1 FETCH 1 (BINARY[HEADER])", "BINARY takes only a part number")]
    [InlineData("A1 FETCH 1 (BINARY.PEEK[1.TEXT])", "BINARY takes only a part number")]
    [InlineData("A1 FETCH 1 (BODY[]<1.0>)", "partial length must be at least 1")]
    [InlineData("A1 FETCH 1 (BODY[]<1>)", "expected \".\" in partial")]
    [InlineData("A1 FETCH 1 (FLAGS BOGUS)", "unknown fetch attribute BOGUS")]
    [InlineData("A1 FETCH 1 XYZZY", "unknown fetch attribute XYZZY")]
    [InlineData("A1 FETCH 1 (FLAGS UID", "expected \")\"")]
    [InlineData("A1 FETCH 1 FLAGS)", "expected CRLF")]
    [InlineData("A1 FETCH 1 ()", "empty fetch attribute list")]
    [InlineData("A1 FETCH 1 (FLAGS ALL)", "ALL is a macro")]
    [InlineData("A1 FETCH 1 (BODY.PEEK)", "BODY.PEEK needs a section")]
    [InlineData("A1 FETCH 1 (FLAGS) (CHANGEDSINCE 0)", "CHANGEDSINCE needs a mod-sequence of at least 1")]
    [InlineData("A1 FETCH 1 (FLAGS) (CHANGEDSINCE 5 VANISHED)", "VANISHED is only allowed in UID FETCH")]
    [InlineData("A1 UID FETCH 1 (FLAGS) (VANISHED)", "VANISHED needs CHANGEDSINCE")]
    [InlineData("A1 FETCH 1 (FLAGS) (CHANGEDSINCE 5 CHANGEDSINCE 6)", "FETCH modifier CHANGEDSINCE given twice")]
    [InlineData("A1 FETCH 1 (FLAGS) (FROBNICATE 1)", "unknown FETCH modifier FROBNICATE")]
    [InlineData("A1 UID FETCH 1 (FLAGS) (PARTIAL 1:-5)", "same sign")]
    [InlineData("A1 UID FETCH 1 (FLAGS) (PARTIAL 0:5)", "expected nz-number, got 0")]
    [InlineData("A1 FETCH 1 (BINARY.SIZE[1]<0.5>)", "expected \")\"")]
    public void Rejects_bad_input_with_reason(string line, string reason)
    {
        ImapParseException e = Fails(line);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.InRange(e.Position, 0, line.Length + 2);
    }

    [Fact]
    public void Reports_the_position_of_an_unknown_attribute()
    {
        ImapParseException e = Fails("A1 FETCH 1 (FLAGS BOGUS)");
        Assert.Equal("A1 FETCH 1 (FLAGS ".Length, e.Position);
    }

    [Fact]
    public void Refuses_invalid_values()
    {
        Assert.Throws<ArgumentException>(() => FetchAttribute.BodyAt(BodySection.All, new PartialRange(0, null)));
        Assert.Throws<ArgumentException>(() => FetchAttribute.Binary([0]));
        Assert.Throws<InvalidOperationException>(() => Write(new FetchCommand(new SequenceSet(1), [])));
        Assert.Throws<InvalidOperationException>(() => Write(new FetchCommand(new SequenceSet(1), [FetchAttribute.All, FetchAttribute.Uid])));
        Assert.Throws<InvalidOperationException>(() => Write(new FetchCommand(new SequenceSet(1), [FetchAttribute.Uid]) { ChangedSince = 1, Vanished = true }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialWindow(0, 1));
    }
}
