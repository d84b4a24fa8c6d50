using System.Text;

namespace Imap4.Mime.Tests.Interop;

/// <summary>The generated differential-test corpus: base cases crossed with header variants and line-end styles.</summary>
internal static class Corpus
{
    public sealed record Sample(string Name, byte[] Bytes);

    public static List<Sample> Build()
    {
        var result = new List<Sample>();
        string[] variants = ["plain", "encoded", "groups", "utf8"];
        foreach (var (name, body) in Bodies())
        {
            foreach (string variant in variants)
            {
                string text = Headers(variant, name) + body;
                result.Add(new Sample($"{name}/{variant}/crlf", Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))));
                result.Add(new Sample($"{name}/{variant}/lf", Encoding.UTF8.GetBytes(text)));
            }
        }
        result.Add(new Sample("big-header-line", Encoding.ASCII.GetBytes("Subject: " + new string('x', 100_000) + "\r\nX-Long: " + string.Join("\r\n ", Enumerable.Repeat("fold", 2000)) + "\r\n\r\nbody\r\n")));
        result.Add(new Sample("nul-bytes", Encoding.Latin1.GetBytes("Subject: nul\r\nContent-Type: application/octet-stream\r\n\r\na\0b\0\r\n")));
        result.Add(new Sample("latin1-header", Encoding.Latin1.GetBytes("Subject: caf\u00e9 latin1\r\nFrom: J\u00f6rg <j@example.org>\r\n\r\nbody\r\n")));
        result.Add(new Sample("attachment-20mb", BigAttachment(20 * 1024 * 1024)));
        return result;
    }

    private static string Headers(string variant, string name) => variant switch
    {
        "encoded" => $"From: =?utf-8?q?J=C3=B6rg_M=C3=BCller?= <jorg@example.org>\nTo: =?iso-8859-1?b?SvZyZw==?= <a@b.example>, \"Quoted, Name\" <q@example.org>\nSubject: =?utf-8?B?w6nDqMOg?= =?utf-8?Q?_caf=C3=A9?= {name}\nDate: Mon, 7 Feb 1994 21:52:25 -0800 (PST)\nMessage-ID: <{name}@example.org>\n",
        "groups" => $"From: Alice <alice@example.org>\nTo: undisclosed-recipients:;\nCc: Team: bob@example.org, \"Carol\" <carol@example.org>;, dave@example.org\nBcc: (comment only) eve@example.org (Eve Comment)\nReply-To: <@route1,@route2:r@example.org>\nSender: \nSubject: groups {name}\nDate: 7 Feb 94 21:52 EST\nIn-Reply-To: <a@b> <c@d>\n",
        "utf8" => $"From: Jörg <jörg@exämple.org>\nTo: 日本 <ni@example.jp>\nSubject: ünïcödé {name} \"quoted\" \\ back\nDate: Tue, 1 Jan 2030 00:00:00 +0000\nMessage-ID:\n <{name}.utf8@example.org>\n",
        _ => $"From: plain@example.org\nTo: a@example.org, b@example.org\nSubject: {name}\n folded subject\nDate: Wed, 31 Dec 1969 23:59:59 +0000\nMessage-ID: <{name}.plain@example.org>\nX-Empty:\n",
    };

    private static IEnumerable<(string Name, string Body)> Bodies()
    {
        yield return ("no-body", "\n");
        yield return ("no-blank-line", "X-Last: header\n");
        yield return ("simple-text", "\nHello world\nsecond line\n");
        yield return ("no-final-newline", "\nHello world");
        yield return ("charset", "Content-Type: text/plain; charset=\"ISO-8859-1\"; format=flowed\nContent-Transfer-Encoding: quoted-printable\n\ncaf=E9 soft=\n break\n");
        yield return ("html", "MIME-Version: 1.0\nContent-Type: text/html;\n charset=utf-8\nContent-Transfer-Encoding: 8bit\nContent-Language: en, de (German)\nContent-Location: http://example.org/x\nContent-MD5: Q2hlY2sgSW50ZWdyaXR5IQ==\n\n<p>h\u00e9</p>\n");
        yield return ("no-subtype", "Content-Type: text\n\nbody\n");
        yield return ("no-subtype-app", "Content-Type: application; name=x\n\nbody\n");
        yield return ("garbage-ctype", "Content-Type: ;;;\n\nbody\n");
        yield return ("param-junk", "Content-Type: text/plain; charset=us-ascii junk; name = \"a b\" ; x=y/z; =bad; Format=Flowed\n\nbody\n");
        yield return ("rfc2231", "Content-Type: application/octet-stream;\n name*0=\"long \"; name*1=\"file.txt\"\nContent-Disposition: attachment;\n filename*0*=utf-8''%C3%A9t%C3%A9; filename*1*=%20x.txt; size=10\n\nxx\n");
        yield return ("rfc2231-ext", "Content-Type: application/x-y; title*=us-ascii'en'This%20is\nContent-Disposition: inline; filename*1=\"b\"; filename*0=\"a\"\n\nxx\n");
        yield return ("base64", "Content-Type: application/pdf; name=\"doc.pdf\"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"doc.pdf\"\nContent-ID: <id1@x>\nContent-Description: A document\n\nSGVsbG8gd29ybGQhIFRoaXMgaXMgYmFzZTY0\nIGVuY29kZWQgZGF0YS4=\n");
        yield return ("bad-base64", "Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\nSGVs*bG8@@\n!!!d29y\nbGQ=extra\n");
        yield return ("unknown-cte", "Content-Type: text/plain\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644 x\n");
        yield return ("cte-case", "Content-Type: TEXT/PLAIN; CHARSET=UTF-8\nContent-Transfer-Encoding: Base64 \n\nw6k=\n");
        yield return ("cte-junk", "Content-Transfer-Encoding: 7bit junk\n\nbody\n");
        yield return ("dup-headers", "Subject: second subject\nContent-Type: text/html\nContent-Type: text/plain; charset=utf-8\nFrom: second@example.org\n\nbody\n");
        yield return ("multipart", Multipart("mixed", "b1", ["Content-Type: text/plain\n\npart one\n", "Content-Type: text/html\n\n<b>two</b>\n"]));
        yield return ("multipart-preamble", "Content-Type: multipart/alternative; boundary=\"b1\"\n\npreamble line\n--b1\n\none\n--b1\nContent-Type: text/enriched\n\ntwo\n--b1--\nepilogue\nmore epilogue\n");
        yield return ("multipart-missing-close", "Content-Type: multipart/mixed; boundary=b1\n\n--b1\n\none\n--b1\n\ntwo\n");
        yield return ("multipart-missing-boundary", "Content-Type: multipart/mixed; boundary=zz\n\n--b1\n\none\n--b1--\n");
        yield return ("multipart-no-boundary-param", "Content-Type: multipart/mixed\n\n--b1\n\none\n--b1--\n");
        yield return ("multipart-empty", "Content-Type: multipart/mixed; boundary=b1\n\n--b1--\n");
        yield return ("multipart-empty-parts", "Content-Type: multipart/mixed; boundary=b1\n\n--b1\n--b1\n\n--b1\nContent-Type: text/plain\n--b1--\n");
        yield return ("multipart-no-headers", "Content-Type: multipart/mixed; boundary=b1\n\n--b1\nno header here just text\nsecond\n--b1--\n");
        yield return ("prefix-boundaries", "Content-Type: multipart/mixed; boundary=ab\n\n--ab\nContent-Type: multipart/alternative; boundary=abc\n\n--abc\n\ninner\n--abc--\n--ab\n\nouter two\n--ab--\n");
        yield return ("prefix-boundaries-rev", "Content-Type: multipart/mixed; boundary=abc\n\n--abc\nContent-Type: multipart/alternative; boundary=ab\n\n--ab\n\ninner\n--abc\n\nouter two\n--abc--\n");
        yield return ("boundary-trailing", "Content-Type: multipart/mixed; boundary=b1\n\n--b1   \n\none\n--b1junk\n\ntwo\n--b1--  \n");
        yield return ("digest", "Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: in digest\nFrom: x@y.example\n\ndigest body\n--d\nContent-Type: text/plain\n\nplain in digest\n--d--\n");
        yield return ("rfc822", "Content-Type: message/rfc822\n\nSubject: inner\nFrom: Inner <inner@example.org>\nTo: group: a@b.example;\n\ninner body\nline 2\n");
        yield return ("rfc822-in-multipart", Multipart("mixed", "o", ["\nfirst\n", "Content-Type: message/rfc822; name=fwd.eml\nContent-Disposition: attachment\n\nSubject: fwd\nContent-Type: multipart/alternative; boundary=i\n\n--i\n\ninner a\n--i\nContent-Type: text/html\n\ninner b\n--i--\n"]));
        yield return ("rfc822-not-message", "Content-Type: message/rfc822\n\nthis is not a message at all\njust text\n");
        yield return ("rfc822-empty", Multipart("mixed", "o", ["Content-Type: message/rfc822\n\n"]));
        yield return ("message-global", "Content-Type: message/global\n\nSubject: glob\n\nglobal body\n");
        yield return ("nested-10", Nested(10));
        yield return ("nested-epilogue-blank", Multipart("mixed", "o", ["Content-Type: multipart/alternative; boundary=i\n\n--i\n\na\n--i--\n\n", "\nafter\n"]));
        yield return ("nested-epilogue-text", Multipart("mixed", "o", ["Content-Type: multipart/alternative; boundary=i\n\n--i\n\na\n--i--\nepilogue\n\n", "\nafter\n"]));
        yield return ("rfc822-epilogue-blank", Multipart("mixed", "o", ["Content-Type: message/rfc822\n\nSubject: x\nContent-Type: multipart/mixed; boundary=i\n\n--i\n\na\n--i--\n\n"]));
        yield return ("address-forms", "From: \"Last, First\" <first.last@example.org>, bare@example.org, <angle@example.org>, Name Only, @route:x@y, \"\" <empty@name.example>, user@[192.168.0.1], a.b.c@d (comment name), broken<@, =?utf-8?q?enc?= <e@x.example>\nTo: ,,, \n\nbody\n");
        yield return ("date-forms", "Date: 7 Feb 1994 21:52:25 GMT\nResent-Date: garbage\n\nbody\n");
        yield return ("header-no-colon", "This is not a header\nSubject: after junk\n\nbody\n");
        yield return ("header-space-name", "Subject : spaced\nContent-Type : text/plain ; charset = utf-8\n\nbody\n");
        yield return ("disposition-forms", "Content-Type: image/png\nContent-Disposition: INLINE; FILENAME=\"a.png\"; creation-date=\"Wed, 12 Feb 1997 16:29:51 -0500\"\nContent-Language: en-US\n\nxx\n");
        yield return ("blank-lines-body", "\n\n\n\nfour blank lines above\n\n");
    }

    private static string Multipart(string subtype, string boundary, string[] parts)
    {
        var sb = new StringBuilder($"MIME-Version: 1.0\nContent-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n");
        foreach (string p in parts) sb.Append("--").Append(boundary).Append('\n').Append(p);
        sb.Append("--").Append(boundary).Append("--\n");
        return sb.ToString();
    }

    private static string Nested(int levels)
    {
        string inner = "Content-Type: text/plain\n\ndeepest\n";
        for (int i = levels; i > 0; i--)
        {
            inner = i % 3 == 0
                ? $"Content-Type: message/rfc822\n\nSubject: level {i}\n{inner}"
                : $"Content-Type: multipart/mixed; boundary=\"n{i}\"\n\n--n{i}\n{inner}--n{i}\n\nsibling {i}\n--n{i}--\n";
        }
        return inner;
    }

    private static byte[] BigAttachment(int size)
    {
        var sb = new StringBuilder("From: big@example.org\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n\r\ntext\r\n--B\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        var random = new Random(5);
        var chunk = new byte[57];
        while (sb.Length < size)
        {
            random.NextBytes(chunk);
            sb.Append(Convert.ToBase64String(chunk)).Append("\r\n");
        }
        sb.Append("--B--\r\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
