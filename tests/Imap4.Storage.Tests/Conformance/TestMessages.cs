using System.Text;

namespace Imap4.Storage.Tests.Conformance;

/// <summary>Builds RFC 5322 messages for store tests.</summary>
public static class TestMessages
{
    /// <summary>A simple text/plain message.</summary>
    public static byte[] Simple(string subject = "Hello", string body = "Hi Bob.\r\n", string from = "Alice <alice@example.com>",
        string to = "Bob <bob@example.org>", string? date = "Mon, 7 Feb 1994 21:52:25 -0800", string? messageId = null,
        params string[] headers)
    {
        var sb = new StringBuilder();
        if (date is not null) sb.Append("Date: ").Append(date).Append("\r\n");
        sb.Append("From: ").Append(from).Append("\r\n");
        sb.Append("To: ").Append(to).Append("\r\n");
        sb.Append("Subject: ").Append(subject).Append("\r\n");
        if (messageId is not null) sb.Append("Message-ID: <").Append(messageId).Append(">\r\n");
        foreach (string h in headers) sb.Append(h).Append("\r\n");
        sb.Append("\r\n").Append(body);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>A multipart/mixed message: a quoted-printable text part, a base64 Latin-1 part, an attached message.</summary>
    public static byte[] Multipart() => Encoding.Latin1.GetBytes(string.Join("\r\n",
        "From: Carol <carol@example.net>",
        "To: Dave <dave@example.net>",
        "Cc: Erin <erin@example.net>",
        "Bcc: Frank <frank@example.net>",
        "Subject: =?UTF-8?B?R3LDvMOfZQ==?= from the team",
        "Date: Tue, 1 Mar 2022 10:00:00 +0100",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"XYZ\"",
        "",
        "preamble",
        "--XYZ",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Caf=C3=A9 opens at nine. Soft=",
        "wrapped line.",
        "--XYZ",
        "Content-Type: text/plain; charset=iso-8859-1",
        "Content-Transfer-Encoding: base64",
        "",
        Convert.ToBase64String(Encoding.Latin1.GetBytes("Smörgåsbord tonight")),
        "--XYZ",
        "Content-Type: application/octet-stream",
        "Content-Transfer-Encoding: base64",
        "",
        Convert.ToBase64String(Encoding.ASCII.GetBytes("binaryneedle")),
        "--XYZ",
        "Content-Type: message/rfc822",
        "",
        "From: Inner <inner@example.com>",
        "Subject: inner subject line",
        "",
        "Nested body with zebra.",
        "--XYZ--",
        ""));
}
