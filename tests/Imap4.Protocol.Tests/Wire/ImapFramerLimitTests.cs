using System.Buffers;
using Imap4.Protocol.Wire;
using static Imap4.Protocol.Tests.Wire.ImapFramerTests;

namespace Imap4.Protocol.Tests.Wire;

public class ImapFramerLimitTests
{
    private static ImapLimits Limits(int line = 1000, long literal = 1000, long frame = 10_000, int depth = 8, int literals = 10) =>
        new() { MaxLineLength = line, MaxLiteralSize = literal, MaxFrameSize = frame, MaxNestingDepth = depth, MaxLiteralsPerFrame = literals };

    private static FrameResult Decode(ImapLimits limits, string s, bool tolerateBareLineFeed = false) =>
        new ImapFramer(limits, tolerateBareLineFeed).Decode(new ReadOnlySequence<byte>(Bytes(s)));

    private static void AssertBad(FrameResult r, FrameError error, long position)
    {
        Assert.Equal(FrameStatus.Bad, r.Status);
        Assert.Equal(error, r.Error);
        Assert.Equal(position, r.ErrorPosition);
        Assert.False(string.IsNullOrEmpty(r.Reason));
    }

    [Fact]
    public void Line_length_counts_crlf_and_restarts_after_each_literal()
    {
        var limits = Limits(line: 10);
        Assert.Equal(FrameStatus.Complete, Decode(limits, "a 3456789\r\n"[1..]).Status);
        Assert.Equal(FrameStatus.Complete, Decode(limits, "a 345678\r\n").Status);
        AssertBad(Decode(limits, "a 3456789\r\n"), FrameError.LineTooLong, 10);
        AssertBad(Decode(limits, "a 345678901234"), FrameError.LineTooLong, 10);
        var events = new FrameDriver(limits).Run(Bytes("a X {1}\r\nz 34567\r\n"));
        Assert.Equal("frame 0 a X {1}\r\nz 34567\r\n", events[1]);
    }

    [Fact]
    public void Literal_size_limit_is_checked_on_the_digits()
    {
        var limits = Limits(literal: 5);
        Assert.Equal(5, Decode(limits, "a X {5}\r\n").LiteralSize);
        Assert.Equal(5, Decode(limits, "a X {000005}\r\n").LiteralSize);
        var r = Decode(limits, "a X {6+}\r\n");
        AssertBad(r, FrameError.LiteralTooLarge, 4);
        Assert.Equal(-1, r.LiteralSize);
        Assert.False(r.LiteralSynchronizing);
        Assert.Equal(10, r.Length);
    }

    [Fact]
    public void Zero_literal_size_limit_allows_only_empty_literals()
    {
        var limits = Limits(literal: 0);
        Assert.Equal(FrameStatus.LiteralAnnounced, Decode(limits, "a {0}\r\n").Status);
        AssertBad(Decode(limits, "a {1}\r\n"), FrameError.LiteralTooLarge, 2);
        AssertBad(Decode(limits, "a {9+}\r\n"), FrameError.LiteralTooLarge, 2);
    }

    [Theory]
    [InlineData("a APPEND INBOX {4294967295}\r\n", true)]
    [InlineData("a APPEND INBOX {99999999999999999999+}\r\n", false)]
    [InlineData("a APPEND INBOX ~{18446744073709551616}\r\n", true)]
    public void Huge_announcements_are_too_large_without_overflow(string line, bool sync)
    {
        var r = Decode(ImapLimits.ServerDefault, line);
        AssertBad(r, FrameError.LiteralTooLarge, line.IndexOf('{', StringComparison.Ordinal));
        Assert.Equal(sync, r.LiteralSynchronizing);
        Assert.Equal(line.Length, r.Length);
    }

    [Fact]
    public void Literal_size_saturates_at_the_largest_long()
    {
        var limits = Limits(literal: long.MaxValue, frame: long.MaxValue);
        Assert.Equal(long.MaxValue, Decode(limits, "a {9223372036854775807}\r\n").LiteralSize);
        AssertBad(Decode(limits, "a {9223372036854775808}\r\n"), FrameError.LiteralTooLarge, 2);
        AssertBad(Decode(limits, "a {92233720368547758070}\r\n"), FrameError.LiteralTooLarge, 2);
    }

    [Fact]
    public void Frame_size_counts_lines_and_accepted_literals()
    {
        var limits = Limits(frame: 20);
        AssertBad(Decode(limits, "a 345678901234567890123\r\n"), FrameError.FrameTooLarge, 20);
        var framer = new ImapFramer(limits);
        var r = framer.Decode(new ReadOnlySequence<byte>(Bytes("a {12}\r\n")));
        Assert.True(r.LiteralFitsFrame);
        r = new ImapFramer(limits).Decode(new ReadOnlySequence<byte>(Bytes("a {13}\r\n")));
        Assert.False(r.LiteralFitsFrame);

        framer = new ImapFramer(limits);
        framer.Decode(new ReadOnlySequence<byte>(Bytes("a {13}\r\n")));
        framer.AcceptLiteral();
        var bad = framer.Decode(new ReadOnlySequence<byte>(Bytes("a {13}\r\n1234567890123\r\n")));
        AssertBad(bad, FrameError.FrameTooLarge, 2);
        Assert.Equal(13, bad.LiteralSize);
        Assert.Equal(8, bad.Length);
    }

    [Fact]
    public void Accepted_literal_that_fits_may_still_leave_no_room_for_the_rest()
    {
        var events = new FrameDriver(Limits(frame: 20)).Run(Bytes("a {12}\r\n123456789012\r\nb NOOP\r\n"));
        Assert.Equal(["literal 8 12 sync=True bin=False fits=True", "bad FrameTooLarge 20", "frame 22 b NOOP\r\n", "end 30"], events);
    }

    [Fact]
    public void Streamed_literals_do_not_count_toward_the_frame()
    {
        var driver = new FrameDriver(Limits(frame: 20), streamLiterals: true);
        var events = driver.Run(Bytes("a {100}\r\n" + new string('x', 100) + " ok\r\n"));
        Assert.Equal(["literal 9 100 sync=True bin=False fits=False", "frame 109  ok\r\n", "end 114"], events);
    }

    [Fact]
    public void Nesting_is_counted_outside_quoted_strings()
    {
        var limits = Limits(depth: 2);
        Assert.Equal(FrameStatus.Complete, Decode(limits, "a ((x) (y))\r\n").Status);
        AssertBad(Decode(limits, "a (((x)))\r\n"), FrameError.NestingTooDeep, 4);
        Assert.Equal(FrameStatus.Complete, Decode(limits, "a \"((((\" (x)\r\n").Status);
        Assert.Equal(FrameStatus.Complete, Decode(limits, "a \"\\\"((((\" x\r\n").Status);
        AssertBad(Decode(limits, "a \"\\\\\" (((\r\n"), FrameError.NestingTooDeep, 9);
    }

    [Fact]
    public void Unbalanced_closing_parenthesis_clamps_at_zero()
    {
        AssertBad(Decode(Limits(depth: 2), "a ))) (((\r\n"), FrameError.NestingTooDeep, 8);
    }

    [Fact]
    public void Quote_never_spans_lines_but_depth_spans_the_frame()
    {
        var limits = Limits(depth: 2);
        var events = new FrameDriver(limits).Run(Bytes("a \"open {3}\r\nxyz(((\r\n"));
        Assert.Equal("bad NestingTooDeep 18", events[1]);
        events = new FrameDriver(limits).Run(Bytes("a (({3}\r\nxyz(\r\n"));
        Assert.Equal("bad NestingTooDeep 12", events[1]);
    }

    [Fact]
    public void Hundred_thousand_nested_parentheses_are_rejected_early()
    {
        var line = Bytes("a SEARCH " + new string('(', 100_000) + "ALL" + new string(')', 100_000) + "\r\n");
        var framer = new ImapFramer(ImapLimits.ClientDefault);
        var r = framer.Decode(new ReadOnlySequence<byte>(line));
        AssertBad(r, FrameError.NestingTooDeep, 9 + 256);
        Assert.True(framer.BytesExamined <= 9 + 257, $"examined {framer.BytesExamined}");
    }

    [Fact]
    public void Hundred_thousand_parentheses_in_a_quoted_string_are_not_nesting()
    {
        var line = Bytes("a LOGIN \"" + new string('(', 100_000) + "\" x\r\n");
        var r = new ImapFramer(ImapLimits.ClientDefault).Decode(new ReadOnlySequence<byte>(line));
        Assert.Equal(FrameStatus.Complete, r.Status);
        Assert.Equal(line.Length, r.Length);
    }

    [Fact]
    public void Literals_per_frame_are_limited()
    {
        var events = new FrameDriver(Limits(literals: 2)).Run(Bytes("a {1}\r\nx {1}\r\ny {1}\r\nz\r\n"));
        Assert.Equal("bad TooManyLiterals 16", events[2]);
        Assert.Equal(4, new FrameDriver(Limits(literals: 3)).Run(Bytes("a {1}\r\nx {1}\r\ny {1}\r\nz\r\n")).Count - 1);
    }

    [Fact]
    public void Nul_in_a_line_is_bad_but_not_in_a_literal()
    {
        AssertBad(Decode(Limits(), "a\0b\r\n"), FrameError.NulInLine, 1);
        AssertBad(Decode(Limits(), "a \"x\0\"\r\n"), FrameError.NulInLine, 4);
        var events = new FrameDriver(Limits()).Run(Bytes("a {1}\r\n\0\r\n"));
        Assert.Equal("frame 0 a {1}\r\n\0\r\n", events[1]);
    }

    [Fact]
    public void Bare_line_feed_is_bad_unless_tolerated()
    {
        var r = Decode(Limits(), "a NOOP\n");
        AssertBad(r, FrameError.BareLineFeed, 6);
        Assert.Equal(7, r.Length);
        var ok = Decode(Limits(), "a NOOP\n", tolerateBareLineFeed: true);
        Assert.Equal(FrameStatus.Complete, ok.Status);
        Assert.Equal(7, ok.Length);
        var events = new FrameDriver(Limits(), tolerateBareLineFeed: true).Run(Bytes("a {2}\nxy\nb\r\n"));
        Assert.Equal(["literal 6 2 sync=True bin=False fits=True", "frame 0 a {2}\nxy\n", "frame 9 b\r\n", "end 12"], events);
    }

    [Fact]
    public void Bare_carriage_return_is_bad()
    {
        AssertBad(Decode(Limits(), "a\rb\r\n"), FrameError.BareCarriageReturn, 1);
        AssertBad(Decode(Limits(), "a\rb\r\n", tolerateBareLineFeed: true), FrameError.BareCarriageReturn, 1);
    }

    [Theory]
    [InlineData("a\0b\r\nc NOOP\r\n", "bad NulInLine 1")]
    [InlineData("a ((((((((((x\r\nc NOOP\r\n", "bad NestingTooDeep 10")]
    [InlineData("a\rb\r\nc NOOP\r\n", "bad BareCarriageReturn 1")]
    [InlineData("a NOOP\nc NOOP\r\n", "bad BareLineFeed 6")]
    [InlineData("a {99999}\r\nc NOOP\r\n", "bad LiteralTooLarge 2")]
    public void After_skipping_the_bad_line_frames_resume(string stream, string bad)
    {
        var events = new FrameDriver(Limits(depth: 8)).Run(Bytes(stream));
        Assert.Equal(bad, events[0]);
        int next = stream.IndexOf("c NOOP", StringComparison.Ordinal);
        Assert.Equal($"frame {next} c NOOP\r\n", events[1]);
    }

    [Fact]
    public void Ten_megabyte_line_is_skipped_without_buffering_it()
    {
        var data = Bytes("a " + new string('x', 10 * 1024 * 1024) + "\r\nb NOOP\r\n");
        var arrivals = new List<int>();
        for (int i = 65_536; i < data.Length; i += 65_536) arrivals.Add(i);
        var driver = new FrameDriver(Limits(line: 1000));
        var events = driver.Run(data, [.. arrivals]);
        Assert.Equal(["bad LineTooLong 1000", $"frame {data.Length - 8} b NOOP\r\n", $"end {data.Length}"], events);
        Assert.True(driver.MaxBuffered <= 65_536 + 1000, $"buffered {driver.MaxBuffered}");
    }

    [Fact]
    public void Discard_reports_the_bytes_to_drop()
    {
        var framer = new ImapFramer(Limits(line: 4));
        var first = framer.Decode(new ReadOnlySequence<byte>(Bytes("abcdefgh")));
        AssertBad(first, FrameError.LineTooLong, 4);
        framer.SkipRestOfLine();
        var d1 = framer.Decode(new ReadOnlySequence<byte>(Bytes("abcdefgh")));
        Assert.Equal(FrameStatus.Discard, d1.Status);
        Assert.Equal(8, d1.Length);
        Assert.Equal(FrameStatus.NeedMoreData, framer.Decode(ReadOnlySequence<byte>.Empty).Status);
        var d2 = framer.Decode(new ReadOnlySequence<byte>(Bytes("ij\r\nz\r\n")));
        Assert.Equal(FrameStatus.Discard, d2.Status);
        Assert.Equal(4, d2.Length);
        var next = framer.Decode(new ReadOnlySequence<byte>(Bytes("z\r\n")));
        Assert.Equal(FrameStatus.Complete, next.Status);
    }

    [Fact]
    public void Refused_literal_is_dropped_with_its_line_by_skip_or_reset()
    {
        var data = Bytes("a APPEND x {100}\r\nb NOOP\r\n");
        var framer = new ImapFramer(Limits());
        var r = framer.Decode(new ReadOnlySequence<byte>(data));
        Assert.Equal(FrameStatus.LiteralAnnounced, r.Status);
        framer.SkipRestOfLine();
        var d = framer.Decode(new ReadOnlySequence<byte>(data));
        Assert.Equal(FrameStatus.Discard, d.Status);
        Assert.Equal(r.Length, d.Length);
        Assert.Equal(FrameStatus.Complete, framer.Decode(new ReadOnlySequence<byte>(data).Slice(d.Length)).Status);

        framer.Reset();
        framer.Decode(new ReadOnlySequence<byte>(data));
        framer.Reset();
        Assert.Equal(8, framer.Decode(new ReadOnlySequence<byte>(data).Slice(r.Length)).Length);
    }
}
