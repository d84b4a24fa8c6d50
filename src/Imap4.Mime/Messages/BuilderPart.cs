using System.Text;
using Imap4.Mime.Codecs;

namespace Imap4.Mime.Messages;

/// <summary>One entity the builder writes: content headers and either encoded content or child parts.</summary>
internal sealed class BuilderPart
{
    private BuilderPart(string contentType, List<BuilderPart>? children)
    {
        ContentType = new StringBuilder(contentType);
        Children = children;
    }

    public StringBuilder ContentType { get; }

    public List<(string Name, string Value)> Headers { get; } = [];

    public List<BuilderPart>? Children { get; }

    public string Body { get; private set; } = "";

    public string? Boundary { get; private set; }

    public static BuilderPart Multipart(string subtype, List<BuilderPart> children) => new("multipart/" + subtype, children);

    /// <summary>A text part in UTF-8: 7bit when it is short-lined ASCII, else quoted-printable or, mostly non-ASCII, base64.</summary>
    public static BuilderPart Text(string subtype, string text)
    {
        var part = new BuilderPart("text/" + subtype + "; charset=utf-8", null);
        byte[] bytes = Encoding.UTF8.GetBytes(NormalizeLineEnds(text));
        int nonAscii = 0, line = 0, longest = 0;
        foreach (byte b in bytes)
        {
            if (b >= 128 || (b < 32 && b is not ((byte)'\r' or (byte)'\n' or (byte)'\t'))) nonAscii++;
            line = b == (byte)'\n' ? 0 : line + 1;
            longest = Math.Max(longest, line);
        }
        if (nonAscii == 0 && longest <= 78) part.SetBody("7bit", Encoding.ASCII.GetString(bytes));
        else if (nonAscii * 3 < bytes.Length) part.SetBody("quoted-printable", QuotedPrintable.Encode(bytes));
        else part.SetBody("base64", Base64Lines(bytes));
        return part;
    }

    /// <summary>Binary content, base64; a message/rfc822 part is sent 8bit (RFC 2046 5.2.1) when its lines allow it.</summary>
    public static BuilderPart Binary(string contentType, byte[] content)
    {
        var part = new BuilderPart(contentType, null);
        if (contentType.StartsWith("message/rfc822", StringComparison.OrdinalIgnoreCase) && IsEightBitSafe(content))
            part.SetBody("8bit", Encoding.UTF8.GetString(content));
        else part.SetBody("base64", Base64Lines(content));
        return part;
    }

    private void SetBody(string encoding, string body)
    {
        Headers.Add(("Content-Transfer-Encoding", encoding));
        Body = body;
    }

    /// <summary>
    /// Writes headers, blank line and body (or parts between boundaries), exactly: no line end is added after the content,
    /// since the CRLF before a boundary line belongs to the boundary (RFC 2046 5.1.1).
    /// </summary>
    public void Write(StringBuilder output)
    {
        if (Children is not null)
        {
            Boundary = "=_" + Guid.NewGuid().ToString("N");
            ContentType.Append("; boundary=\"").Append(Boundary).Append('"');
        }
        HeaderFormatter.AppendField(output, "Content-Type", ContentType.ToString());
        foreach (var (name, value) in Headers) HeaderFormatter.AppendField(output, name, value);
        output.Append("\r\n");
        if (Children is null)
        {
            output.Append(Body);
            return;
        }
        for (int i = 0; i < Children.Count; i++)
        {
            output.Append(i == 0 ? "--" : "\r\n--").Append(Boundary).Append("\r\n");
            Children[i].Write(output);
        }
        output.Append("\r\n--").Append(Boundary).Append("--");
    }

    private static string Base64Lines(byte[] content) => Convert.ToBase64String(content, Base64FormattingOptions.InsertLineBreaks);

    private static bool IsEightBitSafe(byte[] content)
    {
        int line = 0;
        foreach (byte b in content)
        {
            if (b == 0) return false;
            line = b == (byte)'\n' ? 0 : line + 1;
            if (line > 998) return false;
        }
        return System.Text.Unicode.Utf8.IsValid(content);
    }

    private static string NormalizeLineEnds(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\r\n", StringComparison.Ordinal);
}
