using System.Text;
using Imap4.Mime.Messages;
using Imap4.Mime.Text;

namespace Imap4.Mime.Tests.Messages;

public sealed class MessagePreviewTests
{
    private static string Preview(MimeMessageBuilder b, int max = MessagePreview.DefaultLength)
    {
        using var m = b.Build();
        return m.GetPreview(max);
    }

    [Fact]
    public void Plain_text_with_white_space_collapsed()
    {
        string p = Preview(new MimeMessageBuilder().Text("  Hello\r\n\r\n\tworld,   this\u00a0is\u2003text.  \r\n"));
        Assert.Equal("Hello world, this is text.", p);
    }

    [Fact]
    public void Html_is_reduced_to_text()
    {
        string html = "<html><head><title>T</title><style>p { color: red }</style></head><body><!-- hidden --><script>var x = '<p>';</script>"
            + "<p>Caf&eacute; &amp; <b>bar</b>&nbsp;&#x263A;</p><div>next<br>line</div><img src=x alt=\"[logo]\"></body></html>";
        Assert.Equal("Café & bar ☺ next line [logo]", Preview(new MimeMessageBuilder().Html(html)));
    }

    [Fact]
    public void The_first_text_part_is_used()
    {
        Assert.Equal("plain first", Preview(new MimeMessageBuilder().Text("plain first").Html("<p>html second</p>")));
    }

    [Fact]
    public void Quotes_and_signature_are_dropped_unless_nothing_else_remains()
    {
        Assert.Equal("My answer.", Preview(new MimeMessageBuilder().Text("> quoted question\r\n>> older\r\nMy answer.\r\n-- \r\nSignature")));
        Assert.Equal("> only a quote", Preview(new MimeMessageBuilder().Text("> only a quote\r\n")));
    }

    [Fact]
    public void Cut_to_200_by_default_never_more_than_256_and_never_inside_a_character()
    {
        string emoji = string.Concat(Enumerable.Repeat("😀", 300));
        string p = Preview(new MimeMessageBuilder().Text(emoji));
        Assert.Equal(200, p.EnumerateRunes().Count());
        Assert.True(Encoding.UTF8.GetByteCount(p) == 800);
        Assert.Equal(256, Preview(new MimeMessageBuilder().Text(emoji), 256).EnumerateRunes().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => MessagePreview.FromText("x", 257));
        Assert.Equal("abc", MessagePreview.FromText("abc def", 4));
    }

    [Fact]
    public void No_text_gives_an_empty_preview()
    {
        Assert.Equal("", Preview(new MimeMessageBuilder().Attach("a.pdf", [1, 2, 3])));
        Assert.Equal("", Preview(new MimeMessageBuilder().Text(" \r\n\t")));
    }

    [Fact]
    public void Charset_and_transfer_encoding_are_decoded()
    {
        using var m = MimeMessage.Load(Encoding.ASCII.GetBytes("Content-Type: text/plain; charset=koi8-r\r\nContent-Transfer-Encoding: base64\r\n\r\n8NLJ18XU\r\n"));
        Assert.Equal("Привет", m.GetPreview());
    }

    [Fact]
    public void Only_the_start_of_a_huge_part_is_read()
    {
        var text = new StringBuilder("start ");
        while (text.Length < 3_000_000) text.Append("lorem ipsum ");
        using var m = MimeMessage.Load(Encoding.ASCII.GetBytes("Content-Type: text/html\r\n\r\n<p>" + text + "</p>\r\n"));
        long before = GC.GetAllocatedBytesForCurrentThread();
        string p = m.GetPreview();
        Assert.StartsWith("start lorem ipsum", p, StringComparison.Ordinal);
        // The part read whole would take more than 6 MB as a string.
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 4_000_000, $"allocated {allocated}");
    }

    [Fact]
    public void Html_text_keeps_line_structure()
    {
        Assert.Equal("a b\nc\n\nd", HtmlText.ToPlainText("a   b<br>c<p></p><p></p>d"));
        Assert.Equal("1 < 2", HtmlText.ToPlainText("1 < 2"));
        Assert.Equal("x", HtmlText.ToPlainText("<table><tr><td>x</td></tr></table><script>never closed"));
    }
}
