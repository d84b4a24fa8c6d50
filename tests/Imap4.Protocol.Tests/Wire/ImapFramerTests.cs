using System.Buffers;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Wire;

public class ImapFramerTests
{
    internal static byte[] Bytes(string s) => Encoding.Latin1.GetBytes(s);

    internal static FrameResult Decode(ImapFramer framer, string s) => framer.Decode(new ReadOnlySequence<byte>(Bytes(s)));

    private static FrameResult Decode(string s) => Decode(new ImapFramer(ImapLimits.ServerDefault), s);

    private static List<string> Run(string s, ImapLimits? limits = null) =>
        new FrameDriver(limits ?? ImapLimits.ServerDefault).Run(Bytes(s));

    [Fact]
    public void Simple_line_is_one_complete_frame()
    {
        var r = Decode("a NOOP\r\n");
        Assert.Equal(FrameStatus.Complete, r.Status);
        Assert.Equal(8, r.Length);
        Assert.Equal(FrameError.None, r.Error);
    }

    [Fact]
    public void Line_without_crlf_needs_more_data()
    {
        Assert.Equal(FrameStatus.NeedMoreData, Decode("a NOOP").Status);
        Assert.Equal(FrameStatus.NeedMoreData, Decode("a NOOP\r").Status);
        Assert.Equal(FrameStatus.NeedMoreData, Decode("").Status);
    }

    [Fact]
    public void Complete_covers_only_the_first_of_several_frames()
    {
        var framer = new ImapFramer(ImapLimits.ServerDefault);
        var data = Bytes("a NOOP\r\nb CAPABILITY\r\n* OK\r\n");
        var buffer = new ReadOnlySequence<byte>(data);
        var lengths = new List<long>();
        while (true)
        {
            var r = framer.Decode(buffer);
            if (r.Status != FrameStatus.Complete) break;
            lengths.Add(r.Length);
            buffer = buffer.Slice(r.Length);
            framer.Reset();
        }
        Assert.Equal([8, 14, 6], lengths);
        Assert.Equal(0, buffer.Length);
    }

    [Fact]
    public void Synchronizing_literal_is_announced_then_accepted()
    {
        var framer = new ImapFramer(ImapLimits.ServerDefault);
        var data = Bytes("a LOGIN {5}\r\nalice secret\r\n");
        var r = framer.Decode(new ReadOnlySequence<byte>(data, 0, 13));
        Assert.Equal(FrameStatus.LiteralAnnounced, r.Status);
        Assert.Equal(13, r.Length);
        Assert.Equal(5, r.LiteralSize);
        Assert.True(r.LiteralSynchronizing);
        Assert.False(r.LiteralBinary);
        Assert.True(r.LiteralFitsFrame);
        framer.AcceptLiteral();
        Assert.Equal(FrameStatus.NeedMoreData, framer.Decode(new ReadOnlySequence<byte>(data, 0, 16)).Status);
        var done = framer.Decode(new ReadOnlySequence<byte>(data));
        Assert.Equal(FrameStatus.Complete, done.Status);
        Assert.Equal(data.Length, done.Length);
    }

    [Theory]
    [InlineData("a APPEND x {3+}\r\n", 3, false, false)]
    [InlineData("a APPEND x ~{3}\r\n", 3, true, true)]
    [InlineData("a APPEND x ~{3+}\r\n", 3, false, true)]
    [InlineData("a APPEND x {0}\r\n", 0, true, false)]
    [InlineData("a APPEND x {007}\r\n", 7, true, false)]
    [InlineData("a APPEND x ~~{2}\r\n", 2, true, true)]
    [InlineData("a x{1{3}\r\n", 3, true, false)]
    [InlineData("a \"unclosed {4}\r\n", 4, true, false)]
    public void Every_kind_of_announcement_is_recognised(string line, long size, bool sync, bool binary)
    {
        var r = Decode(line);
        Assert.Equal(FrameStatus.LiteralAnnounced, r.Status);
        Assert.Equal(line.Length, r.Length);
        Assert.Equal(size, r.LiteralSize);
        Assert.Equal(sync, r.LiteralSynchronizing);
        Assert.Equal(binary, r.LiteralBinary);
    }

    [Theory]
    [InlineData("a x {}\r\n")]
    [InlineData("a x {+}\r\n")]
    [InlineData("a x {12a}\r\n")]
    [InlineData("a x {5} \r\n")]
    [InlineData("a x {5}y\r\n")]
    [InlineData("a x {5-}\r\n")]
    [InlineData("a x {5++}\r\n")]
    [InlineData("a x 5}\r\n")]
    [InlineData("a {3} b\r\n")]
    public void Near_announcements_are_plain_text(string line)
    {
        var r = Decode(line);
        Assert.Equal(FrameStatus.Complete, r.Status);
        Assert.Equal(line.Length, r.Length);
    }

    [Fact]
    public void Literal_bytes_are_never_scanned()
    {
        var events = Run("a APPEND x {18}\r\n\r\n{3}\r\n)))(((\0\"\\\n\r done\r\nb NOOP\r\n");
        Assert.Equal(
            [
                "literal 17 18 sync=True bin=False fits=True",
                "frame 0 a APPEND x {18}\r\n\r\n{3}\r\n)))(((\0\"\\\n\r done\r\n",
                "frame 42 b NOOP\r\n",
                "end 50",
            ],
            events);
    }

    [Fact]
    public void Literal8_may_hold_nul_bytes()
    {
        var events = Run("a APPEND x ~{4+}\r\n\0\0\0\0)\r\n");
        Assert.Equal(
            ["literal 18 4 sync=False bin=True fits=True", "frame 0 a APPEND x ~{4+}\r\n\0\0\0\0)\r\n", "end 25"],
            events);
    }

    [Fact]
    public void A_frame_may_hold_several_literals_and_lines()
    {
        var events = Run("a LOGIN {5}\r\nalice {6+}\r\nsecret\r\n");
        Assert.Equal(
            [
                "literal 13 5 sync=True bin=False fits=True",
                "literal 25 6 sync=False bin=False fits=True",
                "frame 0 a LOGIN {5}\r\nalice {6+}\r\nsecret\r\n",
                "end 33",
            ],
            events);
    }

    [Fact]
    public void Literal_at_the_end_of_a_response_line_continues_the_frame()
    {
        var events = Run("* 1 FETCH (BODY[] {3}\r\nabc)\r\n* 2 EXISTS\r\n", ImapLimits.ClientDefault);
        Assert.Equal(
            [
                "literal 23 3 sync=True bin=False fits=True",
                "frame 0 * 1 FETCH (BODY[] {3}\r\nabc)\r\n",
                "frame 29 * 2 EXISTS\r\n",
                "end 41",
            ],
            events);
    }

    [Fact]
    public void Streamed_literal_resumes_the_same_frame_with_positions_from_zero()
    {
        var framer = new ImapFramer(ImapLimits.ServerDefault with { MaxFrameSize = 40 });
        var r = Decode(framer, "a APPEND INBOX {100}\r\n");
        Assert.Equal(FrameStatus.LiteralAnnounced, r.Status);
        Assert.False(r.LiteralFitsFrame);
        framer.ResumeAfterStreamedLiteral();
        var tail = Decode(framer, " {2+}\r\n");
        Assert.Equal(FrameStatus.LiteralAnnounced, tail.Status);
        Assert.Equal(7, tail.Length);
        framer.AcceptLiteral();
        var done = Decode(framer, " {2+}\r\nxy\r\n");
        Assert.Equal(FrameStatus.Complete, done.Status);
        Assert.Equal(11, done.Length);
    }

    [Fact]
    public void Streamed_literal_keeps_counting_depth_and_literals()
    {
        var limits = ImapLimits.ServerDefault with { MaxNestingDepth = 1, MaxLiteralsPerFrame = 2 };
        var framer = new ImapFramer(limits);
        Assert.Equal(FrameStatus.LiteralAnnounced, Decode(framer, "a X (a {2}\r\n").Status);
        framer.ResumeAfterStreamedLiteral();
        var r = Decode(framer, "(b)\r\n");
        Assert.Equal(FrameError.NestingTooDeep, r.Error);
        Assert.Equal(0, r.ErrorPosition);

        framer.Reset();
        Assert.Equal(FrameStatus.LiteralAnnounced, Decode(framer, "a X {2}\r\n").Status);
        framer.ResumeAfterStreamedLiteral();
        Assert.Equal(FrameStatus.LiteralAnnounced, Decode(framer, " {2}\r\n").Status);
        framer.ResumeAfterStreamedLiteral();
        var third = Decode(framer, " {2}\r\n");
        Assert.Equal(FrameError.TooManyLiterals, third.Error);
        Assert.Equal(1, third.ErrorPosition);
    }

    [Fact]
    public void Decode_after_a_result_that_needs_a_decision_throws()
    {
        var framer = new ImapFramer(ImapLimits.ServerDefault);
        Decode(framer, "a NOOP\r\n");
        Assert.Throws<InvalidOperationException>(() => Decode(framer, "a NOOP\r\n"));
        Assert.Throws<InvalidOperationException>(framer.AcceptLiteral);
        Assert.Throws<InvalidOperationException>(framer.SkipRestOfLine);
        framer.Reset();
        Decode(framer, "a X {1}\r\n");
        Assert.Throws<InvalidOperationException>(() => Decode(framer, "a X {1}\r\n"));
    }

    [Fact]
    public void Buffer_shorter_than_what_was_scanned_is_rejected()
    {
        var framer = new ImapFramer(ImapLimits.ServerDefault);
        Decode(framer, "a NOOP");
        Assert.Throws<ArgumentException>(() => Decode(framer, "a"));
    }

    [Fact]
    public void Nonsensical_limits_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new ImapFramer(null!));
        Assert.Throws<ArgumentException>(() => new ImapFramer(ImapLimits.ServerDefault with { MaxLineLength = 0 }));
        Assert.Throws<ArgumentException>(() => new ImapFramer(ImapLimits.ServerDefault with { MaxLiteralSize = -1 }));
    }

    [Fact]
    public void Result_describes_itself()
    {
        Assert.Equal("Complete 8", Decode("a NOOP\r\n").ToString());
        Assert.Equal("LiteralAnnounced 11 ~{3+}", Decode("a X ~{3+}\r\n").ToString());
        Assert.Equal("Bad NulInLine at 1: NUL in line", Decode("a\0\r\n").ToString());
        Assert.Equal(Decode("a NOOP\r\n"), Decode("b NOOP\r\n"));
        Assert.NotEqual(Decode("a NOOP\r\n"), Decode("ab NOOP\r\n"));
    }
}
