using System.Text;
using Imap4.Mime.Messages;

namespace Imap4.Mime.Tests.Messages;

public sealed class MimeMessageTests
{
    internal const string Sample =
        "From: =?utf-8?q?J=C3=B6rg_M=C3=BCller?= <jorg@example.org>\r\n" +
        "To: Team: \"Bob, B.\" <bob@example.org>, carol@example.org;, dave@example.org\r\n" +
        "Cc: (Eve) eve@example.org\r\n" +
        "Subject: =?iso-8859-1?q?Caf=E9?= report\r\n" +
        "Date: Mon, 7 Feb 1994 21:52:25 -0800 (PST)\r\n" +
        "Message-ID: <m1@example.org>\r\n" +
        "In-Reply-To: <m0@example.org>\r\n" +
        "References: <r1@example.org>\r\n <r2@example.org> (comment) <m0@example.org>\r\n" +
        "MIME-Version: 1.0\r\n" +
        "Content-Type: multipart/mixed; boundary=outer\r\n" +
        "\r\n" +
        "--outer\r\n" +
        "Content-Type: multipart/alternative; boundary=alt\r\n" +
        "\r\n" +
        "--alt\r\n" +
        "Content-Type: text/plain; charset=iso-8859-1\r\n" +
        "Content-Transfer-Encoding: quoted-printable\r\n" +
        "\r\n" +
        "Caf=E9 au lait, soft=\r\n break.\r\n" +
        "--alt\r\n" +
        "Content-Type: multipart/related; boundary=rel\r\n" +
        "\r\n" +
        "--rel\r\n" +
        "Content-Type: text/html; charset=utf-8\r\n" +
        "Content-Transfer-Encoding: base64\r\n" +
        "\r\n" +
        "PHA+Q2Fmw6k8L3A+PGltZyBzcmM9ImNpZDppbWcxIj4=\r\n" +
        "--rel\r\n" +
        "Content-Type: image/png\r\n" +
        "Content-ID: <img1>\r\n" +
        "Content-Transfer-Encoding: base64\r\n" +
        "\r\n" +
        "iVBORw0KGgo=\r\n" +
        "--rel--\r\n" +
        "--alt--\r\n" +
        "--outer\r\n" +
        "Content-Type: application/pdf; name=\"fallback.pdf\"\r\n" +
        "Content-Disposition: attachment;\r\n filename*0*=utf-8''%C3%A9t%C3%A9;\r\n filename*1*=%20report.pdf\r\n" +
        "Content-Transfer-Encoding: base64\r\n" +
        "\r\n" +
        "SGVsbG8gd29ybGQ=\r\n" +
        "--outer\r\n" +
        "Content-Type: message/rfc822\r\n" +
        "\r\n" +
        "Subject: inner\r\n" +
        "From: Inner <inner@example.org>\r\n" +
        "\r\n" +
        "inner body\r\n" +
        "--outer--\r\n";

    private static MimeMessage Load() => MimeMessage.Load(Encoding.UTF8.GetBytes(Sample));

    [Fact]
    public void Headers_are_decoded()
    {
        using var m = Load();
        Assert.Equal([new MessageAddress("Jörg Müller", "jorg@example.org")], m.From);
        Assert.Equal(
            [new MessageAddress("Bob, B.", "bob@example.org", "Team"), new MessageAddress(null, "carol@example.org", "Team"), new MessageAddress(null, "dave@example.org")],
            m.To);
        Assert.Equal("Eve", Assert.Single(m.Cc).Name);
        Assert.Empty(m.Bcc);
        Assert.Null(m.Sender);
        Assert.Equal("Café report", m.Subject);
        Assert.Equal(new DateTimeOffset(1994, 2, 7, 21, 52, 25, TimeSpan.FromHours(-8)), m.Date);
        Assert.Equal("m1@example.org", m.MessageId);
        Assert.Equal("m0@example.org", m.InReplyTo);
        Assert.Equal(["r1@example.org", "r2@example.org", "m0@example.org"], m.References);
    }

    [Fact]
    public void Bodies_are_transfer_and_charset_decoded()
    {
        using var m = Load();
        Assert.Equal("Café au lait, soft break.", m.TextBody);
        Assert.Equal("<p>Café</p><img src=\"cid:img1\">", m.HtmlBody);
    }

    [Fact]
    public void Attachments_inline_parts_and_attached_messages()
    {
        using var m = Load();
        Assert.Equal(2, m.Attachments.Count);
        var pdf = m.Attachments[0];
        Assert.Equal("été report.pdf", pdf.FileName);
        Assert.Equal("application/pdf", pdf.MediaType);
        Assert.False(pdf.IsInline);
        Assert.Equal("Hello world", Encoding.ASCII.GetString(pdf.ReadAllBytes()));
        Assert.Equal(11, pdf.GetDecodedSize());
        Assert.Equal(16, pdf.EncodedSize);
        var image = Assert.Single(m.InlineParts);
        Assert.Equal("img1", image.ContentId);
        Assert.True(image.IsInline);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10], image.ReadAllBytes());
        var inner = Assert.Single(m.AttachedMessages);
        Assert.Equal("inner", inner.Subject);
        Assert.Equal("Inner", inner.From[0].Name);
        Assert.Equal("inner body", inner.TextBody);
        Assert.Null(inner.Parsed);
    }

    [Fact]
    public void A_seekable_stream_is_read_in_place_from_its_position()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. "junk before"u8, .. Encoding.UTF8.GetBytes(Sample)]);
            var file = File.OpenRead(path);
            file.Position = 11;
            using (var m = MimeMessage.Load(file))
            {
                Assert.Equal("Café report", m.Subject);
                using var content = m.Attachments[0].Open();
                var buffer = new byte[5];
                content.ReadExactly(buffer);
                Assert.Equal("Hello", Encoding.ASCII.GetString(buffer));
            }
            Assert.Throws<ObjectDisposedException>(() => file.Position);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_non_seekable_stream_is_copied()
    {
        using var pipe = new NonSeekable(Encoding.UTF8.GetBytes(Sample));
        using var m = await MimeMessage.LoadAsync(pipe);
        Assert.Equal("Café au lait, soft break.", m.TextBody);
        Assert.Equal(2, m.Attachments.Count);
    }

    [Fact]
    public void A_base64_attached_message_is_decoded_and_parsed()
    {
        string inner = Convert.ToBase64String(Encoding.ASCII.GetBytes("Subject: encoded inner\r\n\r\nhello\r\n"));
        var m = MimeMessage.Load(Encoding.ASCII.GetBytes($"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\ntext\r\n--b\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n{inner}\r\n--b--\r\n"));
        Assert.Equal("text", m.TextBody);
        Assert.Equal("encoded inner", Assert.Single(m.AttachedMessages).Subject);
    }

    [Fact]
    public void A_single_part_message_without_content_type_is_its_text()
    {
        using var m = MimeMessage.Load(Encoding.ASCII.GetBytes("Subject: s\r\n\r\nhello\r\n"));
        Assert.Equal("hello\r\n", m.TextBody);
        Assert.Null(m.HtmlBody);
        Assert.Empty(m.Attachments);
        Assert.Empty(m.InlineParts);
        Assert.Null(m.Date);
        Assert.Null(m.MessageId);
        Assert.Empty(m.References);
    }

    [Fact]
    public void A_non_text_part_without_disposition_is_an_attachment()
    {
        using var m = MimeMessage.Load(Encoding.ASCII.GetBytes("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nbody\r\n--b\r\nContent-Type: application/octet-stream; name=\"C:\\\\dir\\\\x.bin\"\r\n\r\nxx\r\n--b\r\nContent-Type: text/plain\r\nContent-Disposition: inline\r\n\r\nsecond text\r\n--b--\r\n"));
        Assert.Equal("body", m.TextBody);
        Assert.Equal("x.bin", Assert.Single(m.Attachments).FileName);
        Assert.Equal("second text", Assert.Single(m.InlineParts).ReadText());
    }

    private sealed class NonSeekable(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
