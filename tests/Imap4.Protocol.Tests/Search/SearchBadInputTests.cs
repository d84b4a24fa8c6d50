using System.Text;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Search;

public class SearchBadInputTests
{
    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    public static TheoryData<string> DeepCommands() =>
    [
        "A1 SEARCH " + Repeat("NOT ", 100_000) + "ALL",
        "A1 SEARCH " + Repeat("(", 100_000) + "ALL" + Repeat(")", 100_000),
        "A1 SEARCH " + Repeat("OR ALL ", 100_000) + "ALL",
        "A1 SEARCH " + Repeat("OR ", 100_000) + Repeat("ALL ", 100_000) + "ALL",
        "A1 UID SORT (DATE) UTF-8 " + Repeat("NOT (", 50_000) + "ALL" + Repeat(")", 50_000),
        "A1 THREAD REFERENCES UTF-8 " + Repeat("OR NOT ", 50_000) + "ALL",
    ];

    [Theory]
    [MemberData(nameof(DeepCommands))]
    public void Deep_nesting_fails_cleanly_at_the_limit(string line)
    {
        var e = Assert.Throws<ImapParseException>(() => Wire.ParseCommand(line));
        Assert.Contains("nesting", e.Reason, StringComparison.Ordinal);
        Assert.InRange(e.Position, 10, 2_000);
    }

    [Fact]
    public void A_huge_depth_limit_still_cannot_overflow_the_stack()
    {
        var limits = new ImapLimits { MaxNestingDepth = int.MaxValue };
        string line = "A1 SEARCH " + Repeat("NOT ", 2_000_000) + "ALL";
        var e = Assert.Throws<ImapParseException>(() => Wire.ParseCommand(line, limits));
        Assert.Contains("too deeply", e.Reason, StringComparison.Ordinal);
        string thread = "* THREAD " + Repeat("(1 ", 2_000_000) + Repeat(")", 2_000_000);
        var raw = Assert.IsType<RawUntaggedResponse>(Wire.ParseResponse(thread, limits));
        Assert.NotNull(raw.ParseError);
    }

    [Fact]
    public void Nesting_just_under_the_limit_parses()
    {
        string line = "A1 SEARCH " + Repeat("NOT ", 63) + "ALL";
        SearchKey key = Assert.IsType<Protocol.Commands.SearchCommand>(Wire.ParseCommand(line)).Criteria;
        int depth = 0;
        while (key is NotSearchKey n) { key = n.Key; depth++; }
        Assert.Equal(63, depth);
        Assert.Throws<ImapParseException>(() => Wire.ParseCommand("A1 SEARCH " + Repeat("NOT ", 65) + "ALL"));
    }

    [Theory]
    [InlineData("A1 SEARCH")]
    [InlineData("A1 SEARCH ")]
    [InlineData("A1 SEARCH FOO")]
    [InlineData("A1 SEARCH FROM")]
    [InlineData("A1 SEARCH KEYWORD \\Seen")]
    [InlineData("A1 SEARCH SINCE 31-Feb-2020")]
    [InlineData("A1 SEARCH SINCE 1-Foo-2020")]
    [InlineData("A1 SEARCH OLDER 0")]
    [InlineData("A1 SEARCH LARGER 99999999999999999999")]
    [InlineData("A1 SEARCH OR SEEN")]
    [InlineData("A1 SEARCH (SEEN")]
    [InlineData("A1 SEARCH SEEN)")]
    [InlineData("A1 SEARCH ()")]
    [InlineData("A1 SEARCH EMAILID bad.id")]
    [InlineData("A1 SEARCH MODSEQ \"/other/x\" all 5")]
    [InlineData("A1 SEARCH MODSEQ \"/flags/\\\\seen\" none 5")]
    [InlineData("A1 SEARCH RETURN (PARTIAL 1:-5) ALL")]
    [InlineData("A1 SEARCH RETURN (MIN ALL")]
    [InlineData("A1 SEARCH CHARSET ALL")]
    [InlineData("A1 SORT () UTF-8 ALL")]
    [InlineData("A1 SORT (NAME) UTF-8 ALL")]
    [InlineData("A1 SORT (DATE) ALL")]
    [InlineData("B01 SORT RETURN (UPDATE) FLAGGED")] // RFC 5267 shows it (rejected by the server): no sort criteria
    [InlineData("B02 UID SORT RETURN (UPDATE COUNT) UTF-8 KEYWORD $Junk")] // RFC 5267 example missing its criteria
    [InlineData("A1 THREAD REFERENCES")]
    public void Malformed_commands_throw_parse_exceptions(string line) =>
        Assert.Throws<ImapParseException>(() => Wire.ParseCommand(line));

    [Theory]
    [InlineData("* SEARCH 0")]
    [InlineData("* SEARCH 1 x")]
    [InlineData("* SEARCH 1 (MODSEQ)")]
    [InlineData("* SORT 1 (FOO 5)")]
    [InlineData("* ESEARCH (TAG \"a\") MIN 0")]
    [InlineData("* ESEARCH (TAG \"a\") PARTIAL (1:5 foo)")]
    [InlineData("* ESEARCH (TAG \"a\") ADDTO ()")]
    [InlineData("* ESEARCH (TAG \"a\") X-EXT (a")]
    [InlineData("* THREAD ()")]
    [InlineData("* THREAD (1 2")]
    [InlineData("* THREAD (0)")]
    [InlineData("* THREAD 1 2")]
    public void Malformed_responses_come_back_raw_with_a_reason(string line)
    {
        var raw = Assert.IsType<RawUntaggedResponse>(Wire.ParseResponse(line));
        Assert.False(string.IsNullOrEmpty(raw.ParseError));
    }

    [Fact]
    public void Deep_thread_responses_fail_cleanly()
    {
        string line = "* THREAD " + Repeat("(1 ", 100_000) + Repeat(")", 100_000);
        var raw = Assert.IsType<RawUntaggedResponse>(Wire.ParseResponse(line));
        Assert.Contains("nesting", raw.ParseError, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_extension_items_pass_through()
    {
        const string line = "* ESEARCH (TAG \"a\") X-EXT (1 (\"q)\" 2)) X-NUM 5 MIN 3";
        var e = Assert.IsType<ESearchResponse>(Wire.ParseResponse(line));
        Assert.Equal("(1 (\"q)\" 2))", Assert.IsType<ExtensionReturnData>(e.Data[0]).Value);
        Assert.Equal(3u, e.Min);
        Assert.Equal(line, Wire.WriteResponse(e));
        Assert.Equal("A1 SEARCH RETURN (X-OPT (a b) MIN) ALL", Wire.RoundTripCommand("A1 SEARCH RETURN (X-OPT (a b) MIN) ALL"));
    }
}
