using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Tests.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Tests.Wire;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Fetch;

public class FetchAttributeTests
{
    private static FetchAttribute Read(string text, bool allowMacro = false)
    {
        var reader = new ImapReader(Encoding.ASCII.GetBytes(text));
        FetchAttribute a = FetchAttribute.Read(ref reader, allowMacro);
        Assert.True(reader.End, "the whole attribute is read");
        return a;
    }

    [Theory]
    [InlineData("FLAGS", FetchAttributeKind.Flags)]
    [InlineData("UID", FetchAttributeKind.Uid)]
    [InlineData("INTERNALDATE", FetchAttributeKind.InternalDate)]
    [InlineData("RFC822.SIZE", FetchAttributeKind.Rfc822Size)]
    [InlineData("ENVELOPE", FetchAttributeKind.Envelope)]
    [InlineData("BODY", FetchAttributeKind.Body)]
    [InlineData("BODYSTRUCTURE", FetchAttributeKind.BodyStructure)]
    [InlineData("BODY[]", FetchAttributeKind.BodySection)]
    [InlineData("BODY[1.2.TEXT]<0.10>", FetchAttributeKind.BodySection)]
    [InlineData("BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)]", FetchAttributeKind.BodyPeek)]
    [InlineData("BINARY[1]", FetchAttributeKind.Binary)]
    [InlineData("BINARY.PEEK[]<0.1>", FetchAttributeKind.BinaryPeek)]
    [InlineData("BINARY.SIZE[2.3]", FetchAttributeKind.BinarySize)]
    [InlineData("RFC822", FetchAttributeKind.Rfc822)]
    [InlineData("RFC822.HEADER", FetchAttributeKind.Rfc822Header)]
    [InlineData("RFC822.TEXT", FetchAttributeKind.Rfc822Text)]
    [InlineData("MODSEQ", FetchAttributeKind.ModSeq)]
    [InlineData("EMAILID", FetchAttributeKind.EmailId)]
    [InlineData("THREADID", FetchAttributeKind.ThreadId)]
    [InlineData("SAVEDATE", FetchAttributeKind.SaveDate)]
    [InlineData("PREVIEW", FetchAttributeKind.Preview)]
    [InlineData("PREVIEW (LAZY)", FetchAttributeKind.Preview)]
    [InlineData("X-GM-MSGID", FetchAttributeKind.GmailMessageId)]
    [InlineData("X-GM-THRID", FetchAttributeKind.GmailThreadId)]
    [InlineData("X-GM-LABELS", FetchAttributeKind.GmailLabels)]
    public void Reads_and_writes_every_attribute(string wire, FetchAttributeKind kind)
    {
        FetchAttribute a = Read(wire);
        Assert.Equal(kind, a.Kind);
        Assert.Equal(wire, a.ToString());
        Assert.Equal(a, Read(wire.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("ALL", FetchAttributeKind.All)]
    [InlineData("fast", FetchAttributeKind.Fast)]
    [InlineData("Full", FetchAttributeKind.Full)]
    public void Reads_macros_only_where_allowed(string wire, FetchAttributeKind kind)
    {
        FetchAttribute a = Read(wire, allowMacro: true);
        Assert.Equal(kind, a.Kind);
        Assert.True(a.IsMacro);
        Assert.Equal(wire.ToUpperInvariant(), a.ToString());
        ImapParseException e = Assert.Throws<ImapParseException>(() => Read(wire));
        Assert.Contains("is a macro", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_build_the_expected_wire_forms()
    {
        Assert.Equal("BODY.PEEK[HEADER.FIELDS (From Subject)]", FetchAttribute.BodyPeek(BodySection.HeaderFields("From", "Subject")).ToString());
        Assert.Equal("BODY[1.2]<100.200>", FetchAttribute.BodyAt(BodySection.ForPart(1, 2), new PartialRange(100, 200)).ToString());
        Assert.Equal("BINARY[1.2]<0.1024>", FetchAttribute.Binary([1, 2], new PartialRange(0, 1024)).ToString());
        Assert.Equal("BINARY.PEEK[]", FetchAttribute.BinaryPeek([]).ToString());
        Assert.Equal("BINARY.SIZE[4]", FetchAttribute.BinarySize([4]).ToString());
        Assert.Equal("PREVIEW (LAZY)", FetchAttribute.PreviewLazy.ToString());
        Assert.Equal(new uint[] { 4 }, FetchAttribute.BinarySize([4]).Part);
        Assert.Empty(FetchAttribute.Flags.Part);
        Assert.Null(FetchAttribute.Flags.Section);
    }

    [Theory]
    [InlineData("BODY[0]", "expected nz-number, got 0")]
    [InlineData("BODY[1.0]", "expected nz-number, got 0")]
    [InlineData("BINARY[HEADER]", "BINARY takes only a part number")]
    [InlineData("BINARY[1.MIME]", "BINARY takes only a part number")]
    [InlineData("BINARY", "expected \"[\" after BINARY")]
    [InlineData("BODY[]<1.0>", "partial length must be at least 1")]
    [InlineData("BODY[]<1.2", "expected \">\" closing partial")]
    [InlineData("BODY[]<x.2>", "expected number")]
    [InlineData("BODY[HEADER.FIELDS (FROM]", "expected \")\"")]
    [InlineData("BODY[BOGUS]", "expected HEADER")]
    [InlineData("FLAGZ", "unknown fetch attribute FLAGZ")]
    [InlineData("(FLAGS)", "expected a fetch attribute")]
    public void Rejects_bad_attributes(string wire, string reason)
    {
        ImapParseException e = Assert.Throws<ImapParseException>(() =>
        {
            var reader = new ImapReader(Encoding.ASCII.GetBytes(wire));
            FetchAttribute.Read(ref reader);
        });
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parses_over_segment_boundaries()
    {
        const string line = "A1 UID FETCH 1:* (BODY.PEEK[1.HEADER.FIELDS (FROM)]<0.10> BINARY.SIZE[2] PREVIEW (LAZY) X-GM-LABELS) (PARTIAL -1:-5 CHANGEDSINCE 3 VANISHED)\r\n";
        byte[] bytes = Encoding.ASCII.GetBytes(line);
        ImapCommand whole = CommandParser.Parse(bytes.AsMemory()).Command;
        ImapCommand split = CommandParser.Parse(Segments.OneBytePerSegment(bytes)).Command;
        Assert.Equal(whole, split);
        Assert.Equal(4, ((FetchCommand)split).Attributes.Count);
    }

    [Fact]
    public void Property_attributes_round_trip()
    {
        FetchAttribute[] simple =
        [
            FetchAttribute.Flags, FetchAttribute.Uid, FetchAttribute.InternalDate, FetchAttribute.Rfc822Size, FetchAttribute.Envelope,
            FetchAttribute.Body, FetchAttribute.BodyStructure, FetchAttribute.Rfc822, FetchAttribute.Rfc822Header, FetchAttribute.Rfc822Text,
            FetchAttribute.ModSeq, FetchAttribute.EmailId, FetchAttribute.ThreadId, FetchAttribute.SaveDate, FetchAttribute.Preview,
            FetchAttribute.PreviewLazy, FetchAttribute.GmailMessageId, FetchAttribute.GmailThreadId, FetchAttribute.GmailLabels,
        ];
        Gen<uint[]> parts = Gen.ArrayOf(Gen.Choose(1, 30).Select(i => (uint)i)).Where(p => p.Length <= 4);
        Gen<PartialRange?> partials = Gen.OneOf(
            Gen.Constant<PartialRange?>(null),
            Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(1, int.MaxValue)).Select(t => (PartialRange?)new PartialRange((uint)t.Item1, (uint)t.Item2)));
        Gen<SectionKind> kinds = Gen.Elements(SectionKind.Content, SectionKind.Header, SectionKind.Text, SectionKind.HeaderFields, SectionKind.HeaderFieldsNot, SectionKind.Mime);
        Gen<FetchAttribute> sections = parts.Zip(kinds).Zip(partials).Select(t =>
        {
            (uint[] part, SectionKind kind) = t.Item1;
            if (kind == SectionKind.Mime && part.Length == 0) kind = SectionKind.Text;
            string[]? fields = kind is SectionKind.HeaderFields or SectionKind.HeaderFieldsNot ? ["From", "X-Spam Score"] : null;
            var section = new BodySection(part, kind, fields);
            return part.Length % 2 == 0 ? FetchAttribute.BodyPeek(section, t.Item2) : FetchAttribute.BodyAt(section, t.Item2);
        });
        Gen<FetchAttribute> binaries = parts.Zip(partials).Zip(Gen.Choose(0, 2)).Select(t => t.Item2 switch
        {
            0 => FetchAttribute.Binary(t.Item1.Item1, t.Item1.Item2),
            1 => FetchAttribute.BinaryPeek(t.Item1.Item1, t.Item1.Item2),
            _ => FetchAttribute.BinarySize(t.Item1.Item1),
        });
        Gen<FetchAttribute> any = Gen.OneOf(Gen.Elements(simple), sections, binaries);
        Gen<FetchAttribute[]> lists = Gen.NonEmptyListOf(any).Select(l => l.Take(6).ToArray());

        Prop.ForAll(lists.ToArbitrary(), attributes =>
        {
            var command = new FetchCommand(SequenceSet.Parse("1:*"), attributes) { IsUid = true };
            string line = ExtensionCommandWire.Write(command);
            ImapCommand back = CommandParser.Parse(Encoding.UTF8.GetBytes(line + "\r\n").AsMemory()).Command;
            return command.Equals(back) && ExtensionCommandWire.Write(back) == line;
        }).QuickCheckThrowOnFailure();
    }
}
