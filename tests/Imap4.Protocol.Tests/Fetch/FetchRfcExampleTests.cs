using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using static Imap4.Protocol.Tests.Fetch.FetchKit;

namespace Imap4.Protocol.Tests.Fetch;

/// <summary>Every FETCH response example of the RFCs round-trips.</summary>
public class FetchRfcExampleTests
{
    public static TheoryData<string> CanonicalExamples => new()
    {
        // RFC 9051 and RFC 3501
        "* 14 FETCH (UID 1305 FLAGS (\\Seen \\Deleted))",
        "* 14 FETCH (FLAGS (\\Seen \\Deleted))",
        "* 2 FETCH (FLAGS (\\Deleted \\Seen))",
        "* 3 FETCH (FLAGS (\\Deleted))",
        "* 4 FETCH (FLAGS (\\Deleted \\Flagged \\Seen))",
        "* 23 FETCH (FLAGS (\\Seen) UID 4827313)",
        "* 24 FETCH (FLAGS (\\Seen) UID 4827943)",
        "* 25 FETCH (FLAGS (\\Seen) UID 4828442)",
        "* 23 FETCH (FLAGS (\\Seen) RFC822.SIZE 44827 UID 447)",
        "* 23 FETCH (FLAGS (\\Seen) RFC822.SIZE 44827)",
        "* 12 FETCH (FLAGS (\\Seen \\Deleted))",
        // RFC 7162
        "* 1 FETCH (UID 4 MODSEQ (12121231000))",
        "* 50 FETCH (MODSEQ (12111230047))",
        "* 7 FETCH (MODSEQ (320162342) FLAGS (\\Seen \\Deleted))",
        "* 101 FETCH (MODSEQ (303011130956) FLAGS ($Processed))",
        "* 4 FETCH (UID 8 MODSEQ (29738) FLAGS ($NoJunk $AutoJunk $MDNSent))",
        "* 7 FETCH (FLAGS (\\Deleted \\Answered) MODSEQ (12121231000))",
        "* 49 FETCH (UID 117 FLAGS (\\Seen \\Answered) MODSEQ (90060115194045001))",
        // RFC 8474
        "* 1 FETCH (EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9))",
        "* 1 FETCH (EMAILID (M00000001) THREADID NIL)",
        // RFC 8514
        "* 998 FETCH (SAVEDATE \" 1-Jan-2015 18:50:53 +0100\")",
        // RFC 8970
        "* 1 FETCH (PREVIEW \"Preview text!\")",
        "* 2 FETCH (PREVIEW \"\" ENVELOPE (\"Thu, 24 Sep 2020 17:58:09 +0000\" NIL NIL NIL NIL NIL NIL NIL NIL NIL))",
        "* 9 FETCH (UID 23 PREVIEW NIL)",
        // RFC 3516
        "* 12 FETCH (BINARY.SIZE[1.1] 3028)",
        "* 12 FETCH (BINARY[1.1] ~{4}\r\na\0bc)",
        "* 12 FETCH (BINARY[2]<100> \"decoded\")",
    };

    [Theory]
    [MemberData(nameof(CanonicalExamples))]
    public void Canonical_examples_write_back_byte_for_byte(string wire) => AssertCanonical(wire);

    [Fact]
    public void Flags_in_any_case_read_as_the_well_known_flag()
    {
        FetchResponse r = AssertRoundTrip("* 1 FETCH (MODSEQ (320172342) FLAGS (\\SEEN))");
        Assert.Same(Flag.Seen, r.Flags![0]);
    }

    [Fact]
    public void Rfc9051_fetch_full_example_parses_every_field()
    {
        const string wire = "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 4286 ENVELOPE (" +
            "\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev2 WG mtg summary and minutes\" " +
            "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) " +
            "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((NIL NIL \"imap\" \"cac.washington.edu\")) " +
            "((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL " +
            "\"<B27397-0100000@cac.washington.ed>\") BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))";
        FetchResponse r = AssertRoundTrip(wire);
        Assert.Equal(12u, r.SequenceNumber);
        Assert.Equal([Flag.Seen], r.Flags!);
        Assert.Equal(new DateTimeOffset(1996, 7, 17, 2, 44, 25, TimeSpan.FromHours(-7)), r.InternalDate);
        Assert.Equal(4286ul, r.Size);
        Envelope e = r.Envelope!;
        Assert.Equal("IMAP4rev2 WG mtg summary and minutes", e.Subject);
        Assert.Equal("Terry Gray <gray@cac.washington.edu>", e.From![0].ToString());
        Assert.Equal(2, e.Cc!.Count);
        Assert.Null(e.Bcc);
        Assert.Equal("<B27397-0100000@cac.washington.ed>", e.MessageId);
        Assert.Equal("Wed, 17 Jul 1996 02:23:25 -0700 (PDT)", e.Date);
        var text = Assert.IsType<TextBody>(r.BodyStructure);
        Assert.Equal(92ul, text.Lines);
        Assert.Equal("US-ASCII", text.Charset);
        Assert.False(text.HasExtensionData);
        Assert.False(r.Get<BodyStructureItem>()!.IsExtensible);
        // Written canonical: the day of INTERNALDATE is space-padded only below 10, so this writes back exactly.
        Assert.Equal(wire + "\r\n", Write(r));
    }

    [Fact]
    public void Rfc9051_body_header_literal_example()
    {
        const string header = "Date: Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\r\nFrom: Terry Gray <gray@cac.washington.edu>\r\n" +
            "Subject: IMAP4rev2 WG mtg summary and minutes\r\nTo: imap@cac.washington.edu\r\n" +
            "cc: minutes@CNRI.Reston.VA.US, John Klensin <KLENSIN@MIT.EDU>\r\nMessage-Id: <B27397-0100000@cac.washington.edu>\r\n" +
            "MIME-Version: 1.0\r\nContent-Type: TEXT/PLAIN; CHARSET=US-ASCII\r\n\r\n";
        string wire = $"* 12 FETCH (BODY[HEADER] {{{header.Length}}}\r\n{header})";
        FetchResponse r = AssertCanonical(wire);
        BodySectionItem item = r.GetSection(BodySection.Header)!;
        Assert.Equal(header, Text(item.Content!.Value.Span));
        Assert.Null(item.Origin);
    }

    [Fact]
    public void Rfc9051_bodystructure_example_two_text_parts()
    {
        const string wire = "* 1 FETCH (BODY ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 23)" +
            "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") \"<960723163407.20117h@cac.washington.edu>\" " +
            "\"Compiler diff\" \"BASE64\" 4554 73) \"MIXED\"))";
        FetchResponse r = AssertCanonical(wire);
        var multi = Assert.IsType<MultipartBody>(r.BodyStructure);
        Assert.Equal("MIXED", multi.MediaSubtype);
        Assert.Equal(2, multi.Parts.Count);
        var second = Assert.IsType<TextBody>(multi.Parts[1]);
        Assert.Equal("cc.diff", second.GetParameter("name"));
        Assert.Equal("Compiler diff", second.Description);
        Assert.Equal("<960723163407.20117h@cac.washington.edu>", second.Id);
        Assert.Equal(4554u, second.Size);
        Assert.Equal(73ul, second.Lines);
    }

    [Fact]
    public void Rfc8970_preview_literal()
    {
        const string preview = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.";
        FetchResponse r = AssertRoundTrip($"* 1 FETCH (RFC822.SIZE 5647 PREVIEW {{{preview.Length}}}\r\n{preview})");
        Assert.Equal(preview, r.Preview);
        Assert.Equal(5647ul, r.Size);
    }

    [Fact]
    public void Rfc8474_and_rfc8514_accessors()
    {
        FetchResponse r = ParseFetch("* 1 FETCH (EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9) SAVEDATE \"01-Jan-2015 18:50:53 +0100\")");
        Assert.Equal("M6d99ac3275bb4e", r.EmailId);
        Assert.Equal("T64b478a75b7ea9", r.ThreadId);
        Assert.Equal(new DateTimeOffset(2015, 1, 1, 18, 50, 53, TimeSpan.FromHours(1)), r.SaveDate);
        Assert.Null(ParseFetch("* 2 FETCH (THREADID NIL SAVEDATE NIL)").SaveDate);
    }

    [Fact]
    public void Rfc3516_binary_items()
    {
        FetchResponse r = ParseFetch("* 12 FETCH (BINARY[1.1] ~{4}\r\na\0bc BINARY.SIZE[1.1] 4 BINARY[] NIL)");
        BinaryItem b = r.GetBinary(1, 1)!;
        Assert.True(b.IsLiteral8);
        Assert.Equal("a\0bc"u8.ToArray(), b.Content!.Value.ToArray());
        Assert.Equal(4u, r.Get<BinarySizeItem>()!.Size);
        Assert.Null(r.GetBinary()!.Content);
    }

    [Fact]
    public void Rfc7162_modseq_and_uid()
    {
        FetchResponse r = ParseFetch("* 1 FETCH (UID 4 MODSEQ (12121231000))");
        Assert.Equal(4u, r.Uid);
        Assert.Equal(12121231000ul, r.ModSeq);
    }
}
