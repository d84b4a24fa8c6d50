using System.Text;
using Imap4.Mime.Parsing;

namespace Imap4.Mime.Tests.Parsing;

public sealed class MimeParserTests
{
    private static ParsedMessage Parse(string text) => MimeParser.Parse(Encoding.ASCII.GetBytes(text));

    [Fact]
    public void Records_offsets_sizes_and_lines_with_bare_lf_counted_as_crlf()
    {
        var m = Parse("Subject: x\n\nline1\nline2\n");
        Assert.Equal(0, m.Root.HeaderOffset);
        Assert.Equal(12, m.Root.BodyOffset);
        Assert.Equal(24, m.Root.EndOffset);
        Assert.Equal(14, m.Root.BodySize);
        Assert.Equal(2, m.Root.BodyLines);
        Assert.Equal(28, m.Size);
    }

    [Fact]
    public void Line_end_before_a_boundary_belongs_to_the_boundary()
    {
        var m = Parse("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\none\r\n--b--\r\n");
        var part = Assert.Single(m.Root.Children);
        Assert.Equal(3, part.BodySize);
        Assert.Equal(0, part.BodyLines);
        Assert.Empty(m.Repairs);
    }

    [Fact]
    public void Longest_matching_boundary_wins_and_missing_close_is_repaired()
    {
        var m = Parse("Content-Type: multipart/mixed; boundary=ab\r\n\r\n--ab\r\nContent-Type: multipart/mixed; boundary=abc\r\n\r\n--abc\r\n\r\nx\r\n--ab\r\n\r\ny\r\n");
        Assert.Equal(2, m.Root.Children.Count);
        Assert.Single(m.Root.Children[0].Children);
        Assert.Contains(m.Repairs, r => r.Contains("not closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Depth_limit_degrades_to_leaves()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.Append("Content-Type: message/rfc822\r\n\r\n");
        sb.Append("body\r\n");
        var m = MimeParser.Parse(Encoding.ASCII.GetBytes(sb.ToString()), new MimeParserOptions { MaxDepth = 2 });
        Assert.Equal(MimePartKind.Leaf, m.Root.Message!.Message!.Kind);
        Assert.Contains(m.Repairs, r => r.Contains("too deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(1);
        for (int i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            string prefix = i % 2 == 0 ? "Content-Type: multipart/mixed; boundary=a\n\n--a\n" : "";
            var m = MimeParser.Parse([.. Encoding.ASCII.GetBytes(prefix), .. bytes]);
            Assert.True(m.Root.EndOffset <= m.Length);
        }
    }

    [Fact]
    public void A_200_MB_message_parses_with_little_heap()
    {
        using var stream = new GeneratedMessageStream(200L * 1024 * 1024);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var m = MimeParser.Parse(stream);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(2, m.Root.Children.Count);
        Assert.True(m.Root.Children[1].BodyLength > 190L * 1024 * 1024);
        Assert.True(allocated < 20L * 1024 * 1024, $"allocated {allocated} bytes");
    }
}
