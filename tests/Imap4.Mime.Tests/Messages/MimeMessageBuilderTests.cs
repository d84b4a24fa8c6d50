using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Imap4.Mime.Messages;
using Imap4.Mime.Parsing;

namespace Imap4.Mime.Tests.Messages;

public sealed class MimeMessageBuilderTests
{
    internal static readonly DateTimeOffset When = new(2024, 5, 17, 9, 30, 0, TimeSpan.FromHours(2));

    internal static MimeMessageBuilder Full() => new MimeMessageBuilder()
        .From("jorg@example.org", "Jörg Müller")
        .To("bob@example.org", "Bob \"The Builder\", Jr.")
        .To("plain@example.org")
        .Cc("carol@example.org", "日本語の名前")
        .Bcc("hidden@example.org")
        .ReplyTo("replies@example.org", "Replies")
        .Sender("sender@example.org")
        .Subject("Grüße — a rather long subject line that has to be folded across more than one line of header text")
        .Date(When)
        .MessageId("built.1@example.org")
        .InReplyTo("parent@example.org")
        .References("root@example.org", "parent@example.org")
        .Header("X-Mailer", "Imap4 tests")
        .Text("Hello Jörg,\nthis is the text body.\n\n" + new string('x', 200) + "\n-- \nsig")
        .Html("<p>Hello <b>Jörg</b></p><img src=\"cid:logo@x\">")
        .Attach("résumé with a very long file name that needs RFC 2231 continuation sections.pdf", Enumerable.Range(0, 3000).Select(i => (byte)i).ToArray())
        .Attach("notes.txt", Encoding.ASCII.GetBytes("plain notes\r\n"))
        .AttachInline("logo@x", "logo.png", [0x89, 0x50, 0x4E, 0x47]);

    [Fact]
    public void Round_trip_keeps_every_field()
    {
        byte[] bytes = Full().ToBytes();
        var parsed = MimeParser.Parse(bytes);
        Assert.Empty(parsed.Repairs);
        using var m = MimeMessage.Load(bytes);
        Assert.Equal([new MessageAddress("Jörg Müller", "jorg@example.org")], m.From);
        Assert.Equal([new MessageAddress("Bob \"The Builder\", Jr.", "bob@example.org"), new MessageAddress("plain@example.org")], m.To);
        Assert.Equal("日本語の名前", Assert.Single(m.Cc).Name);
        Assert.Equal("hidden@example.org", Assert.Single(m.Bcc).Address);
        Assert.Equal("Replies", Assert.Single(m.ReplyTo).Name);
        Assert.Equal("sender@example.org", m.Sender!.Address);
        Assert.Equal("Grüße — a rather long subject line that has to be folded across more than one line of header text", m.Subject);
        Assert.Equal(When, m.Date);
        Assert.Equal("built.1@example.org", m.MessageId);
        Assert.Equal("parent@example.org", m.InReplyTo);
        Assert.Equal(["root@example.org", "parent@example.org"], m.References);
        Assert.Equal("Imap4 tests", m.Headers["X-Mailer"]);
        Assert.Equal("Hello Jörg,\r\nthis is the text body.\r\n\r\n" + new string('x', 200) + "\r\n-- \r\nsig", m.TextBody);
        Assert.Equal("<p>Hello <b>Jörg</b></p><img src=\"cid:logo@x\">", m.HtmlBody);
        Assert.Equal(2, m.Attachments.Count);
        Assert.Equal("résumé with a very long file name that needs RFC 2231 continuation sections.pdf", m.Attachments[0].FileName);
        Assert.Equal("application/pdf", m.Attachments[0].MediaType);
        Assert.Equal(Enumerable.Range(0, 3000).Select(i => (byte)i).ToArray(), m.Attachments[0].ReadAllBytes());
        Assert.Equal("plain notes\r\n", m.Attachments[1].ReadText());
        var logo = Assert.Single(m.InlineParts);
        Assert.Equal("logo@x", logo.ContentId);
        Assert.Equal("image/png", logo.MediaType);
        Assert.Equal("multipart/mixed", m.Entity.ContentType.ToString());
    }

    [Fact]
    public void Lines_are_short_and_headers_ascii()
    {
        byte[] bytes = Full().ToBytes();
        string text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("\r\n\n", text, StringComparison.Ordinal);
        string[] lines = text.Split("\r\n");
        Assert.All(lines, l => Assert.True(l.Length <= 78, $"line of {l.Length}: {l}"));
        string header = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.True(Ascii.IsValid(header), header);
        Assert.Contains("filename*0*=utf-8''r%C3%A9sum%C3%A9", text, StringComparison.Ordinal);
        Assert.Contains("Content-Transfer-Encoding: quoted-printable", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimal_messages()
    {
        using var empty = new MimeMessageBuilder().Build();
        Assert.Equal("", empty.TextBody);
        Assert.NotNull(empty.MessageId);
        Assert.NotNull(empty.Date);
        using var html = new MimeMessageBuilder().Html("<i>only</i>").Build();
        Assert.Null(html.TextBody);
        Assert.Equal("<i>only</i>", html.HtmlBody);
        using var attachmentOnly = new MimeMessageBuilder().Attach("a.bin", [1, 2, 3]).Build();
        Assert.Null(attachmentOnly.TextBody);
        Assert.Equal([1, 2, 3], Assert.Single(attachmentOnly.Attachments).ReadAllBytes());
    }

    [Fact]
    public void Attached_message_is_sent_8bit_and_parsed()
    {
        byte[] inner = new MimeMessageBuilder().Subject("inner one").Text("inner").ToBytes();
        using var m = new MimeMessageBuilder().Text("outer").Attach("fwd.eml", inner).Build();
        Assert.Equal("8bit", m.Attachments[0].TransferEncoding);
        Assert.Equal("inner one", Assert.Single(m.AttachedMessages).Subject);
    }

    [Fact]
    public void Groups_round_trip()
    {
        using var m = new MimeMessageBuilder()
            .Addresses("To", new MessageAddress(null, "a@example.org", "Team A"), new MessageAddress("Bé", "b@example.org", "Team A"))
            .Addresses("to", new MessageAddress("c@example.org"))
            .Addresses("Cc", new MessageAddress(null, "d@example.org", "Ü"))
            .Build();
        Assert.Equal([new MessageAddress(null, "a@example.org", "Team A"), new MessageAddress("Bé", "b@example.org", "Team A"), new MessageAddress("c@example.org")], m.To);
        Assert.Equal([new MessageAddress(null, "d@example.org", "Ü")], m.Cc);
        Assert.Throws<ArgumentException>(() => new MimeMessageBuilder().Addresses("Subject", new MessageAddress("x@y")));
    }

    [Fact]
    public void Invalid_values_are_refused()
    {
        var b = new MimeMessageBuilder();
        Assert.Throws<ArgumentException>(() => b.To("a b@example.org"));
        Assert.Throws<ArgumentException>(() => b.MessageId("<x@y>"));
        Assert.Throws<ArgumentException>(() => b.Header("Bad:Name", "v"));
        Assert.Throws<ArgumentException>(() => b.Attach("x", [], "not a type"));
        Assert.Throws<ArgumentException>(() => b.Attach("x", [], "multipart/mixed"));
    }

    [Fact]
    public void Arbitrary_text_round_trips()
    {
        var text = ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => new string(s.Get.Where(c => c != '\0' && !char.IsSurrogate(c)).ToArray()));
        Prop.ForAll(Gen.Three(text).ToArbitrary(), t =>
        {
            var (subject, name, body) = t;
            using var m = new MimeMessageBuilder().From("a@example.org", name).Subject(subject).Text(body).Build();
            return m.Subject == subject && m.From[0].Name == (name.Length == 0 ? null : name) && m.TextBody == Crlf(body);
        }).QuickCheckThrowOnFailure();
    }

    private static string Crlf(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\r\n", StringComparison.Ordinal);
}
