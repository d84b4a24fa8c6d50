using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Wire;
using static Imap4.Protocol.Tests.Wire.ImapFramerTests;

namespace Imap4.Protocol.Tests.Wire;

/// <summary>The framer's answers must not depend on how the bytes arrive or how the buffer is segmented.</summary>
public class ImapFramerSplitTests
{
    private static readonly ImapLimits Small = new()
    {
        MaxLineLength = 40, MaxLiteralSize = 15, MaxFrameSize = 120, MaxNestingDepth = 3, MaxLiteralsPerFrame = 3,
    };

    private const string Mixed = "a NOOP\r\nb LOGIN {5}\r\nalice {6+}\r\nsecret\r\n* 1 FETCH (BODY[] ~{4}\r\n\0\r\n)\r\n)\r\n";

    public static TheoryData<string> Streams => new()
    {
        Mixed,
        "a APPEND x {18}\r\n\r\n{3}\r\n)))(((\0\"\\\n\r done\r\nb NOOP\r\n",
        "a \"q(\\\"(\" (x (y)) {2}\r\nab ((()))\r\nc\0d\r\ne NOOP\r\n",
        "a {99999999999999999999}\r\nb 0123456789012345678901234567890123456789012\r\nc ((((((x\r\nd\re\r\nf NOOP\n\r\n",
        "a {10}\r\n0123456789 {10}\r\n0123456789 {10}\r\n0123456789 {10}\r\n0123456789 {1}\r\nx\r\nz\r\n",
    };

    private static List<string> Whole(byte[] data, bool tolerant = false, bool stream = false) =>
        new FrameDriver(Small, tolerant, stream).Run(data);

    [Theory]
    [MemberData(nameof(Streams))]
    public void Split_at_every_byte_position_gives_the_same_events(string text)
    {
        var data = Bytes(text);
        foreach (bool stream in new[] { false, true })
        {
            var expected = Whole(data, stream: stream);
            for (int k = 0; k <= data.Length; k++)
                Assert.Equal(expected, new FrameDriver(Small, streamLiterals: stream).Run(data, k));
        }
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Byte_by_byte_arrival_and_one_byte_segments_give_the_same_events(string text)
    {
        var data = Bytes(text);
        var every = new int[data.Length];
        for (int i = 0; i < every.Length; i++) every[i] = i;
        foreach (bool tolerant in new[] { false, true })
        {
            var expected = Whole(data, tolerant);
            Assert.Equal(expected, new FrameDriver(Small, tolerant).Run(data, every));
            Assert.Equal(expected, new FrameDriver(Small, tolerant, oneBytePerSegment: true).Run(data));
            Assert.Equal(expected, new FrameDriver(Small, tolerant, oneBytePerSegment: true).Run(data, 7, 19, 20, 33));
        }
    }

    [Fact]
    public void Whole_events_of_the_first_stream_are_the_expected_ones()
    {
        var events = Whole(Bytes(Mixed));
        Assert.Equal(
            [
                "frame 0 a NOOP\r\n",
                "literal 21 5 sync=True bin=False fits=True",
                "literal 33 6 sync=False bin=False fits=True",
                "frame 8 b LOGIN {5}\r\nalice {6+}\r\nsecret\r\n",
                "literal 65 4 sync=True bin=True fits=True",
                "frame 41 * 1 FETCH (BODY[] ~{4}\r\n\0\r\n)\r\n",
                "frame 71 )\r\n",
                "end 74",
            ],
            events);
    }

    [Fact]
    public void Segments_helper_keeps_bytes_and_order()
    {
        var data = Bytes("abcdef");
        Assert.Equal(data, Segments.Split(data, 1, 1, 4).ToArray());
        Assert.Equal(data, Segments.OneBytePerSegment(data).ToArray());
        Assert.False(Segments.OneBytePerSegment(data).IsSingleSegment);
        Assert.Equal(0, Segments.OneBytePerSegment([]).Length);
    }

    [Fact]
    public void Scanning_is_linear_when_fed_one_byte_at_a_time()
    {
        var line = Bytes("a " + string.Concat(Enumerable.Repeat("x (\"q\\\"\") {1} ", 1024 * 1024 / 16)) + "\r\n");
        var framer = new ImapFramer(ImapLimits.ClientDefault);
        FrameResult r = default;
        for (int n = 0; n <= line.Length; n++)
        {
            r = framer.Decode(new ReadOnlySequence<byte>(line, 0, n));
            if (r.Status != FrameStatus.NeedMoreData) break;
        }
        Assert.Equal(FrameStatus.Complete, r.Status);
        Assert.Equal(line.Length, r.Length);
        Assert.Equal(line.Length, framer.BytesExamined);
    }

    [Fact]
    public void Literal_bytes_are_not_examined_even_when_fed_one_byte_at_a_time()
    {
        var chunk = "x {1000}\r\n" + new string('(', 1000);
        var data = Bytes("a" + string.Concat(Enumerable.Repeat(chunk, 1000)) + "\r\n");
        var framer = new ImapFramer(ImapLimits.ClientDefault with { MaxLiteralsPerFrame = 1000 });
        FrameResult r = default;
        int literals = 0;
        for (int n = 0; n <= data.Length; n++)
        {
            r = framer.Decode(new ReadOnlySequence<byte>(data, 0, n));
            if (r.Status == FrameStatus.LiteralAnnounced)
            {
                literals++;
                framer.AcceptLiteral();
                r = framer.Decode(new ReadOnlySequence<byte>(data, 0, n));
            }
            if (r.Status != FrameStatus.NeedMoreData) break;
        }
        Assert.Equal(1000, literals);
        Assert.Equal(FrameStatus.Complete, r.Status);
        Assert.Equal(data.Length, r.Length);
        Assert.Equal(data.Length - 1000 * 1000, framer.BytesExamined);
    }

    // Lines of text that exercise every state (quotes, escapes, parens, braces, tildes), with a few invalid bytes.
    private static readonly byte[] Alphabet = Bytes("ab09 ()\"\\{}~+*[]");
    private static readonly byte[] Invalid = [0, (byte)'\n', (byte)'\r'];

    private static Gen<T[]> Capped<T>(Gen<T> item, int max) =>
        Gen.ArrayOf(item).Select(a => a.Length > max ? a[..max] : a);

    private static readonly Gen<byte> TextByte =
        Gen.Choose(0, 199).Select(i => i < Invalid.Length ? Invalid[i] : Alphabet[i % Alphabet.Length]);

    private static readonly Gen<byte[]> Part =
        from text in Capped(TextByte, 30)
        from content in Capped(Gen.Choose(0, 255).Select(i => (byte)i), 20)
        from kind in Gen.Choose(0, 3)
        select Concat(text, Bytes($"{(kind >= 2 ? "~" : "")}{{{content.Length}{(kind % 2 == 1 ? "+" : "")}}}\r\n"), content);

    private static readonly Gen<byte[]> Frame =
        from parts in Capped(Part, 3)
        from last in Capped(TextByte, 30)
        select Concat([.. parts.SelectMany(p => p), .. last], Bytes("\r\n"));

    private static readonly Gen<(byte[] Data, int[] Cuts)> Input =
        from frames in Capped(Frame, 6)
        from cuts in Gen.ArrayOf(Gen.Choose(0, 600))
        select (frames.SelectMany(f => f).ToArray(), cuts.Order().ToArray());

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void Random_frames_in_random_chunks_give_the_same_events_as_whole()
    {
        Prop.ForAll(Arb.From(Input), input =>
        {
            foreach (bool tolerant in new[] { false, true })
            {
                foreach (bool stream in new[] { false, true })
                {
                    var expected = new FrameDriver(Small, tolerant, stream).Run(input.Data);
                    Assert.Equal(expected, new FrameDriver(Small, tolerant, stream).Run(input.Data, input.Cuts));
                    Assert.Equal(expected, new FrameDriver(Small, tolerant, stream, oneBytePerSegment: true).Run(input.Data, input.Cuts));
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Random_valid_frames_come_back_whole()
    {
        var valid = Gen.Elements(Bytes("ab09 ()*[]~+}{")).ArrayOf().Select(a => a.Length > 30 ? a[..30] : a);
        var frames = from t in Capped(valid.Select(a => Concat(a, Bytes("x\r\n"))), 8) select t;
        Prop.ForAll(Arb.From(frames), lines =>
        {
            var events = new FrameDriver(ImapLimits.ServerDefault).Run(Concat(lines));
            long offset = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                Assert.Equal($"frame {offset} {FrameDriver.Latin1(lines[i], 0, lines[i].Length)}", events[i]);
                offset += lines[i].Length;
            }
            Assert.Equal($"end {offset}", events[^1]);
        }).QuickCheckThrowOnFailure();
    }
}
