using System.Text;

namespace Imap4.Benchmarks;

/// <summary>
/// The FETCH fixture of /work/shared/bench/fetch-fixture.md: message i answers one line in the exact shape given
/// there, in three variants (min, env, full).
/// </summary>
public static class FetchFixture
{
    public static readonly string[] Variants = ["min", "env", "full"];

    private const string Envelope =
        " ENVELOPE (\"Thu, 03 Mar 2016 12:25:01 -0500\" \"=?utf-8?q?Quarterly_report_=E2=80=94_draft?=\" " +
        "((\"Example From\" NIL \"from\" \"example.com\")) ((\"Example From\" NIL \"from\" \"example.com\")) " +
        "((\"Example Reply-To\" NIL \"reply-to\" \"example.com\")) ((\"Example To\" NIL \"to\" \"example.com\")) " +
        "((\"Recipient #1\" NIL \"recipient1\" \"example.com\")(\"Recipient #2\" NIL \"recipient2\" \"example.com\")) NIL NIL " +
        "\"<msg{0}@example.com>\")";

    private const string BodyStructure =
        " BODYSTRUCTURE (((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\" 5235 112 NIL NIL NIL NIL)" +
        "(\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\" 15235 312 NIL NIL NIL NIL) \"ALTERNATIVE\" " +
        "(\"BOUNDARY\" \"b1\") NIL NIL NIL)(\"APPLICATION\" \"PDF\" (\"NAME\" \"report.pdf\") NIL NIL \"BASE64\" 123456 NIL " +
        "(\"ATTACHMENT\" (\"FILENAME\" \"report.pdf\")) NIL NIL) \"MIXED\" (\"BOUNDARY\" \"b0\") NIL NIL NIL)";

    /// <summary>One response line, CRLF included.</summary>
    public static string Line(string variant, int i)
    {
        var sb = new StringBuilder(1200);
        sb.Append("* ").Append(i).Append(" FETCH (UID ").Append(i).Append(" RFC822.SIZE ").Append(1000 + i)
            .Append(" FLAGS (\\Seen) INTERNALDATE \"03-Mar-2016 17:25:01 +0000\"");
        if (variant is "env" or "full") sb.Append(Envelope.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        if (variant == "full") sb.Append(BodyStructure);
        return sb.Append(")\r\n").ToString();
    }

    /// <summary>The whole stream of <paramref name="count"/> responses.</summary>
    public static byte[] Stream(string variant, int count)
    {
        using var ms = new MemoryStream(count * 1200);
        for (int i = 1; i <= count; i++)
        {
            byte[] line = Encoding.ASCII.GetBytes(Line(variant, i));
            ms.Write(line);
        }
        return ms.ToArray();
    }
}
