using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Search;

/// <summary>Every SEARCH / SORT / THREAD example of the RFCs parses and writes back as sent.</summary>
public class SearchRfcExampleTests
{
    public static TheoryData<string> Commands() =>
    [
        // RFC 3501
        "A282 SEARCH FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"",
        "A283 SEARCH TEXT \"string not in mailbox\"",
        // RFC 9051 / RFC 4731
        "A282 SEARCH RETURN (MIN COUNT) FLAGGED",
        "A283 SEARCH RETURN () FLAGGED",
        "A284 SEARCH TEXT \"string not in mailbox\"",
        "A284 SEARCH RETURN (MIN) UNSEEN",
        "A285 UID SEARCH RETURN (MIN MAX) 1:5000",
        "A286 SEARCH RETURN (COUNT) DELETED",
        // RFC 9051 / RFC 5182
        "A282 SEARCH RETURN (SAVE) FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"",
        "A300 SEARCH RETURN (SAVE) SINCE 1-Jan-2004",
        "A301 UID SEARCH UID $ SMALLER 4096",
        "A301 UID SEARCH $ SMALLER 4096",
        "P282 SEARCH RETURN (SAVE) SINCE 1-Feb-1994 NOT FROM \"Smith\"",
        "E282 SEARCH RETURN (SAVE) SINCE 28-Oct-2006 NOT FROM \"Eric\"",
        "F282 SEARCH RETURN (SAVE) KEYWORD $Junk",
        "G283 SEARCH RETURN (ALL) SINCE 28-Oct-2006",
        "C282 SEARCH RETURN (ALL) SINCE 12-Feb-2006 NOT FROM \"Smith\"",
        "C283 SEARCH RETURN (ALL SAVE) SINCE 12-Feb-2006 NOT FROM \"Smith\"",
        "C284 SEARCH RETURN (SAVE MIN) SINCE 12-Feb-2006 NOT FROM \"Smith\"",
        "C285 SEARCH RETURN (MAX SAVE MIN) SINCE 12-Feb-2006 NOT FROM \"Smith\"",
        "C286 SEARCH RETURN (MAX SAVE MIN COUNT) SINCE 12-Feb-2006 NOT FROM \"Smith\"",
        "C286 SEARCH RETURN (ALL SAVE MIN) SINCE 12-Feb-2006 NOT FROM \"Smith\"",
        // RFC 4731 with CONDSTORE
        "a1 SEARCH RETURN (MIN) MODSEQ \"/flags/\\\\draft\" all 620162338",
        "a2 SEARCH RETURN (MAX) MODSEQ \"/flags/\\\\draft\" all 620162338",
        "a3 SEARCH RETURN (MIN MAX) MODSEQ \"/flags/\\\\draft\" all 620162338",
        "a4 SEARCH RETURN (MIN COUNT) MODSEQ \"/flags/\\\\draft\" all 620162338",
        // RFC 5256
        "A282 SORT (SUBJECT) UTF-8 SINCE 1-Feb-1994",
        "A283 SORT (SUBJECT REVERSE DATE) UTF-8 ALL",
        "A284 SORT (SUBJECT) US-ASCII TEXT \"not in mailbox\"",
        "A284 THREAD ORDEREDSUBJECT US-ASCII TEXT \"gewp\"",
        // RFC 5267
        "E01 UID SORT RETURN () (REVERSE DATE) UTF-8 UNDELETED UNKEYWORD $Junk",
        "A01 SEARCH RETURN (CONTEXT COUNT) UNDELETED",
        "B01 UID SEARCH RETURN (UPDATE COUNT) DELETED KEYWORD $Junk",
        "A02 UID SEARCH RETURN (PARTIAL 23500:24000) UNDELETED UNKEYWORD $Junk",
        "A03 UID SEARCH RETURN (PARTIAL 1:500) UNDELETED UNKEYWORD $Junk",
        "A04 UID SEARCH RETURN (PARTIAL 24000:24500) UNDELETED UNKEYWORD $Junk",
        // RFC 9394
        "A01 UID SEARCH RETURN (PARTIAL -1:-100) UNDELETED UNKEYWORD $Junk",
        // RFC 5032
        "a1 SEARCH UNSEEN YOUNGER 259200",
        // RFC 7162
        "a SEARCH MODSEQ \"/flags/\\\\draft\" all 620162338",
        "t SEARCH OR NOT MODSEQ 720162338 LARGER 50000",
        "a SEARCH RETURN (ALL) MODSEQ 1234",
        "a SORT RETURN (ALL) (DATE) UTF-8 MODSEQ 1234",
        // RFC 5957 and RFC 8514 (no examples there; the grammar's keys)
        "s1 SORT (DISPLAYFROM REVERSE DISPLAYTO) UTF-8 SAVEDSINCE 1-Jan-2019 SAVEDBEFORE 2-Jan-2019 NOT SAVEDON 3-Jan-2019",
        "s2 SEARCH SAVEDATESUPPORTED",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_parses_and_writes_back_identically(string line) =>
        Assert.Equal(line, Wire.RoundTripCommand(line));

    [Fact]
    public void Literal_examples_round_trip_byte_for_byte()
    {
        // RFC 9051: CHARSET UTF-8 with a synchronizing literal (8-bit text without UTF8=ACCEPT is always a literal).
        const string a285 = "A285 SEARCH CHARSET UTF-8 TEXT {12}\r\nотпуск";
        Assert.Equal(a285, Wire.RoundTripCommand(a285));
        // RFC 9051 / RFC 5182: LITERAL+ form.
        const string p283 = "P283 SEARCH CHARSET UTF-8 (OR $ 1,3000:3021) TEXT {8+}\r\nмать";
        var plus = new ImapWriterOptions { LiteralMode = LiteralMode.NonSynchronizing };
        Assert.Equal(p283, Wire.RoundTripCommand(p283, plus));
    }

    [Fact]
    public void Ascii_literal_examples_come_back_quoted()
    {
        // RFC 3501 / RFC 5182 use literals for text that needs none; the writer picks the shorter quoted form.
        Assert.Equal("A284 SEARCH CHARSET UTF-8 TEXT \"XXXXXX\"", Wire.RoundTripCommand("A284 SEARCH CHARSET UTF-8 TEXT {6}\r\nXXXXXX"));
        Assert.Equal(
            "B283 SEARCH RETURN (SAVE) CHARSET KOI8-R (OR $ 1,3000:3021) TEXT \"XXXX\"",
            Wire.RoundTripCommand("B283 SEARCH RETURN (SAVE) CHARSET KOI8-R (OR $ 1,3000:3021) TEXT {4}\r\nXXXX"));
    }

    [Theory]
    [InlineData("A283 THREAD ORDEREDSUBJECT UTF-8 SINCE 5-MAR-2000")] // RFC 5256: month case normalized on output
    [InlineData("A285 THREAD REFERENCES UTF-8 SINCE 5-MAR-2000")]
    [InlineData("27 search emailid M6d99ac3275bb4e")] // RFC 8474: lower-case command and key
    [InlineData("28 search threadid T64b478a75b7ea9")]
    public void Examples_in_other_case_write_back_in_canonical_case(string line) =>
        Assert.Equal(line, Wire.RoundTripCommand(line), ignoreCase: true);

    [Fact]
    public void Rfc_examples_parse_to_the_expected_trees()
    {
        var cmd = Assert.IsType<SearchCommand>(Wire.ParseCommand("A282 SEARCH FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\""));
        Assert.Equal(SearchQuery.Flagged & SearchQuery.Since(new DateOnly(1994, 2, 1)) & !SearchQuery.From("Smith"), cmd.Criteria);
        var p283 = Assert.IsType<SearchCommand>(Wire.ParseCommand("P283 SEARCH CHARSET UTF-8 (OR $ 1,3000:3021) TEXT {8+}\r\nмать"));
        Assert.Equal("UTF-8", p283.Charset);
        var and = Assert.IsType<AndSearchKey>(p283.Criteria);
        var group = Assert.IsType<AndSearchKey>(and.Keys[0]);
        var or = Assert.IsType<OrSearchKey>(Assert.Single(group.Keys));
        Assert.True(Assert.IsType<SequenceSetSearchKey>(or.Left).Set.IsSavedResult);
        Assert.Equal(SearchQuery.Text("мать"), and.Keys[1]);
        var thread = Assert.IsType<ThreadCommand>(Wire.ParseCommand("A283 UID THREAD REFERENCES UTF-8 SINCE 5-MAR-2000"));
        Assert.True(thread.IsUid);
        Assert.Equal(ThreadAlgorithm.References, thread.Algorithm);
        Assert.Equal(SearchQuery.Since(new DateOnly(2000, 3, 5)), thread.Search);
        var sort = Assert.IsType<SortCommand>(Wire.ParseCommand("E01 UID SORT RETURN () (REVERSE DATE) UTF-8 UNDELETED UNKEYWORD $Junk"));
        Assert.Equal([SortCriterion.Descending(SortKey.Date)], sort.SortBy);
        Assert.Equal(SearchReturnOptions.Empty, sort.Return);
        var partial = Assert.IsType<SearchCommand>(Wire.ParseCommand("A01 UID SEARCH RETURN (PARTIAL -1:-100) UNDELETED"));
        Assert.Equal(new PartialResultRange(-1, -100), partial.Return![0].PartialRange);
        var modseq = Assert.IsType<SearchCommand>(Wire.ParseCommand("a SEARCH MODSEQ \"/flags/\\\\draft\" all 620162338"));
        Assert.Equal(new ModSeqSearchKey(620162338, "/flags/\\draft", ModSeqEntryType.All), modseq.Criteria);
    }

    public static TheoryData<string> Responses() =>
    [
        // RFC 3501, RFC 5182, RFC 8474
        "* SEARCH 2 84 882", "* SEARCH", "* SEARCH 43", "* SEARCH 17 900 901", "* SEARCH 882 1102 3003 3005 3006",
        "* SEARCH 1", "* SEARCH 1 2",
        // RFC 7162
        "* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)",
        "* ESEARCH (TAG \"a\") ALL 1:3,5 MODSEQ 1236",
        "* ESEARCH (TAG \"a\") ALL 5,3,2,1 MODSEQ 1236",
        // RFC 9051 / RFC 4731 / RFC 5182
        "* ESEARCH (TAG \"A282\") MIN 2 COUNT 3", "* ESEARCH (TAG \"A283\") ALL 2,10:11", "* ESEARCH (TAG \"A284\")",
        "* ESEARCH (TAG \"A285\") ALL 43", "* ESEARCH (TAG \"A284\") MIN 4", "* ESEARCH (TAG \"A285\") UID MIN 7 MAX 3800",
        "* ESEARCH (TAG \"A286\") COUNT 15", "* ESEARCH (TAG \"A301\") UID ALL 17,900,901",
        "* ESEARCH (TAG \"P283\") ALL 882,1102,3003,3005:3006", "* ESEARCH (TAG \"G283\") ALL 3:15,27,29:103",
        "* ESEARCH (TAG \"C283\") ALL 2,10:15,21", "* ESEARCH (TAG \"C284\") MIN 2", "* ESEARCH (TAG \"C285\") MIN 2 MAX 21",
        "* ESEARCH (TAG \"C286\") MIN 2 MAX 21 COUNT 8", "* ESEARCH (TAG \"C286\") MIN 2 ALL 2,10:15,21",
        "* ESEARCH (TAG \"h\") ALL 1:3,5,8,13,21,42", "* ESEARCH UID COUNT 17 ALL 4:18,21,28",
        "* ESEARCH (TAG \"a567\") UID COUNT 17 ALL 4:18,21,28", "* ESEARCH COUNT 18 ALL 1:17,21",
        "* ESEARCH (TAG \"a1\") MIN 2 MODSEQ 917162488", "* ESEARCH (TAG \"a2\") MAX 23 MODSEQ 907162321",
        "* ESEARCH (TAG \"a3\") MIN 2 MAX 23 MODSEQ 917162488", "* ESEARCH (TAG \"a4\") MIN 2 COUNT 10 MODSEQ 917162500",
        // RFC 5267 (elided sets filled in) and RFC 9394
        "* ESEARCH (TAG \"E01\") UID ALL 23765,23764,23763,23761", "* ESEARCH (TAG \"A01\") COUNT 23765",
        "* ESEARCH (TAG \"B01\") COUNT 74", "* ESEARCH (TAG \"B01\") UID ADDTO (0 32768:32769)",
        "* ESEARCH (TAG \"C01\") UID ADDTO (1 2733 1 2732 1 2731)", "* ESEARCH (TAG \"C01\") UID ADDTO (1 2733) ADDTO (1 2731:2732)",
        "* ESEARCH (TAG \"C01\") UID ADDTO (1 2731:2733)", "* ESEARCH (TAG \"B01\") UID REMOVEFROM (0 32768)",
        "* ESEARCH (TAG \"A02\") UID PARTIAL (23500:24000 23500:23764)", "* ESEARCH (TAG \"A04\") UID PARTIAL (24000:24500 NIL)",
        "* ESEARCH (TAG \"A01\") UID PARTIAL (-1:-100 23665:23764)",
        // RFC 5256
        "* SORT 2 84 882", "* SORT 5 3 4 1 2", "* SORT", "* THREAD",
        "* THREAD (166)(167)(168)(169)(172)(170)(171)(173)(174 (175)(176)(178)(181)(180))(179)(177(183)(182)(188)(184)(185)(186)(187)(189))(190)(191)(192)(193)(194 195)(196 (197)(198))(199)(200 202)(201)(203)(204)(205)(206 207)(208)"
            .Replace("(177(", "(177 (", StringComparison.Ordinal),
        "* THREAD (166)(167)(168)(169)(172)((170)(179))(171)(173)((174)(175)(176)(178)(181)(180))((177)(183)(182)(188 (184)(189))(185 186)(187))(190)(191)(192)(193)((194)(195 196))(197 198)(199)(200 202)(201)(203)(204)(205 206 207)(208)",
        "* THREAD (2)(3 6 (4 23)(44 7 96))",
        // RFC 7162 SORT with MODSEQ
        "* SORT 5 3 2 1 (MODSEQ 1236)",
    ];

    [Theory]
    [MemberData(nameof(Responses))]
    public void Response_parses_to_its_type_and_writes_back_identically(string line)
    {
        ImapResponse response = Wire.ParseResponse(line);
        Assert.IsNotType<RawUntaggedResponse>(response);
        Assert.Equal(line, Wire.WriteResponse(response));
    }

    [Fact]
    public void Esearch_accessors_find_items()
    {
        var e = Assert.IsType<ESearchResponse>(Wire.ParseResponse("* ESEARCH (TAG \"a4\") UID MIN 2 COUNT 10 ALL 2:11 MODSEQ 917162500"));
        Assert.Equal("a4", e.Tag);
        Assert.True(e.IsUid);
        Assert.Equal(2u, e.Min);
        Assert.Null(e.Max);
        Assert.Equal(10u, e.Count);
        Assert.Equal("2:11", e.All!.ToString());
        Assert.Equal(917162500ul, e.ModSeq);
        var p = Assert.IsType<ESearchResponse>(Wire.ParseResponse("* ESEARCH (TAG \"A04\") UID PARTIAL (24000:24500 NIL)")).Partial!;
        Assert.Equal(new PartialResultRange(24000, 24500), p.Range);
        Assert.Null(p.Results);
        var add = Assert.IsType<UpdateReturnData>(Assert.IsType<ESearchResponse>(Wire.ParseResponse("* ESEARCH (TAG \"C01\") UID ADDTO (1 2733 1 2732)")).Data[0]);
        Assert.True(add.IsAddition);
        Assert.Equal([new ResultUpdate(1, new Imap4.Protocol.Primitives.SequenceSet(2733)), new ResultUpdate(1, new Imap4.Protocol.Primitives.SequenceSet(2732))], add.Updates);
    }

    [Fact]
    public void Thread_response_is_a_tree_with_dummy_parents()
    {
        var t = Assert.IsType<ThreadResponse>(Wire.ParseResponse("* THREAD (2)((3)(5))(3 6 (4 23)(44 7 96))"));
        Assert.Equal(3, t.Threads.Count);
        Assert.Equal(ThreadNode.Chain(2), t.Threads[0]);
        Assert.True(t.Threads[1].IsDummy);
        Assert.Equal([ThreadNode.Chain(3), ThreadNode.Chain(5)], t.Threads[1].Branches);
        Assert.Equal([3u, 6u], t.Threads[2].Messages);
        Assert.Equal([ThreadNode.Chain(4, 23), ThreadNode.Chain(44, 7, 96)], t.Threads[2].Branches);
        Assert.Equal("((3)(5))", t.Threads[1].ToString());
        Assert.Equal(t, new ThreadResponse([ThreadNode.Chain(2), new ThreadNode([], [ThreadNode.Chain(3), ThreadNode.Chain(5)]),
            new ThreadNode([3, 6], [ThreadNode.Chain(4, 23), ThreadNode.Chain(44, 7, 96)])]));
    }

    [Theory]
    [InlineData("* SEARCH 2 84 ", "* SEARCH 2 84")] // trailing SP from older servers
    [InlineData("* search 2 84", "* SEARCH 2 84")]
    [InlineData("* THREAD (1) (2 3)", "* THREAD (1)(2 3)")]
    [InlineData("* THREAD (1(2)(3))", "* THREAD (1 (2)(3))")]
    [InlineData("* ESEARCH (tag \"x\") uid min 3", "* ESEARCH (TAG \"x\") UID MIN 3")]
    public void Tolerated_response_forms_normalize(string line, string expected) =>
        Assert.Equal(expected, Wire.WriteResponse(Wire.ParseResponse(line)));
}
