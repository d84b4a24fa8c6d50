using System.Buffers;
using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.BadInput;

/// <summary>
/// The bad inputs of the wire layer's contract, each through the path a server takes (framer, then command parser):
/// a precise error with position and reason, no unhandled exception, no stack overflow, no allocation proportional to what
/// the peer announces.
/// </summary>
public class BadInputTests
{
    private static FrameResult Frame(string text, ImapLimits? limits = null) =>
        new ImapFramer(limits ?? ImapLimits.ServerDefault).Decode(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(text)));

    private static ImapParseException ParseFails(string text) =>
        Assert.Throws<ImapParseException>(() => CommandParser.Parse(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Over_long_line_is_refused_by_the_framer()
    {
        var limits = ImapLimits.ServerDefault with { MaxLineLength = 1000 };
        FrameResult r = Frame("a1 NOOP " + new string('x', 5000), limits);
        Assert.Equal(FrameStatus.Bad, r.Status);
        Assert.Equal(FrameError.LineTooLong, r.Error);
        Assert.Equal(1000, r.ErrorPosition);
    }

    [Theory]
    [InlineData("a1 APPEND INBOX {4294967295}\r\n")]
    [InlineData("a1 APPEND INBOX {99999999999999999999}\r\n")]
    [InlineData("a1 APPEND INBOX {99999999999999999999999999999999999999999+}\r\n")]
    public void Huge_literal_announcements_are_refused_without_allocating(string text)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        FrameResult r = Frame(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(FrameStatus.Bad, r.Status);
        Assert.Equal(FrameError.LiteralTooLarge, r.Error);
        Assert.Contains("literal", r.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.True(allocated < 4096, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Hundred_thousand_nested_parentheses_fail_in_the_framer_and_in_the_parser()
    {
        string deep = "a1 SEARCH " + new string('(', 100_000) + "\r\n";
        FrameResult r = Frame(deep);
        Assert.Equal(FrameError.NestingTooDeep, r.Error);
        // The parser guards itself too, for callers that skip the framer.
        ImapParseException e = ParseFails(deep);
        Assert.Contains("nesting", e.Reason, StringComparison.Ordinal);
        ImapParseException search = ParseFails("a1 SEARCH " + string.Concat(Enumerable.Repeat("NOT ", 100_000)) + "ALL\r\n");
        Assert.True(search.Position > 0);
    }

    [Fact]
    public void Nul_in_a_line_is_refused()
    {
        FrameResult r = Frame("a1 LOGIN fred pass\0word\r\n");
        Assert.Equal(FrameError.NulInLine, r.Error);
        Assert.Equal(18, r.ErrorPosition);
    }

    [Fact]
    public void Unterminated_quote_is_a_parse_error_with_position()
    {
        ImapParseException e = ParseFails("a1 SELECT \"INBOX\r\n");
        Assert.Equal("unterminated quoted string", e.Reason);
        Assert.True(e.Position >= 10);
    }

    [Fact]
    public void Bad_date_is_a_parse_error_at_the_date()
    {
        ImapParseException e = ParseFails("a1 APPEND INBOX \"31-Feb-2020 10:00:00 +0000\" {1+}\r\nx\r\n");
        Assert.Equal(16, e.Position);
    }

    [Theory]
    [InlineData("a1 FETCH 0 FLAGS\r\n", 9)]
    [InlineData("a1 FETCH 4294967296 FLAGS\r\n", 9)]
    [InlineData("a1 FETCH 1:4294967296 FLAGS\r\n", 11)]
    public void Invalid_sequence_numbers_are_parse_errors(string text, long position)
    {
        ImapParseException e = ParseFails(text);
        Assert.Equal(position, e.Position);
    }

    [Fact]
    public void Whole_range_of_uids_is_enumerated_lazily()
    {
        var set = Imap4.Protocol.Primitives.SequenceSet.Parse("1:4294967295");
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(4294967295L, set.Count(uint.MaxValue));
        Assert.Equal(10, set.Enumerate(10).Count());
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 4096);
    }
}
