using Imap4.Mime.Headers;
using Imap4.Protocol.Wire;

namespace Imap4.Mime.Imap;

/// <summary>Writes BODY / BODYSTRUCTURE (RFC 3501 7.4.2) with Dovecot's defaults.</summary>
internal static class BodyStructureWriter
{
    private const string EmptyBody = "(\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 0 0";

    public static void Write(ImapWriter w, MimePart part, bool extended)
    {
        if (part.Kind == MimePartKind.Multipart) WriteMultipart(w, part, extended);
        else WriteSingle(w, part, extended);
    }

    private static void WriteMultipart(ImapWriter w, MimePart part, bool extended)
    {
        w.WriteByte((byte)'(');
        if (part.Children.Count == 0) w.WriteRaw(EmptyBody + (extended ? " NIL NIL NIL NIL)" : ")"));
        foreach (var child in part.Children) Write(w, child, extended);
        w.WriteSpace();
        w.WriteString(part.ContentType.RawSubtype);
        if (extended)
        {
            w.WriteSpace();
            WriteParameters(w, part.ContentType.RawParameters, defaultCharset: false);
            WriteCommon(w, part.Header);
        }
        w.WriteByte((byte)')');
    }

    private static void WriteSingle(ImapWriter w, MimePart part, bool extended)
    {
        var h = part.Header;
        var type = part.ContentType;
        bool message = part.Kind == MimePartKind.Message;
        bool text = !message && type.IsType("text");
        w.WriteByte((byte)'(');
        if (message) w.WriteRaw("\"message\" \"rfc822\""u8);
        else
        {
            w.WriteString(type.RawType);
            w.WriteSpace();
            w.WriteString(type.RawSubtype);
        }
        w.WriteSpace();
        WriteParameters(w, type.RawParameters, text);
        w.WriteSpace();
        ImapFetchData.WriteNString(w, ImapFetchData.Field(h, "Content-ID"));
        w.WriteSpace();
        ImapFetchData.WriteNString(w, ImapFetchData.Field(h, "Content-Description"));
        w.WriteSpace();
        byte[]? encoding = TransferEncoding(h);
        if (encoding is null) w.WriteRaw("\"7bit\""u8);
        else w.WriteString(encoding);
        w.WriteSpace();
        w.WriteNumber((ulong)part.BodySize);
        if (text)
        {
            w.WriteSpace();
            w.WriteNumber((ulong)part.BodyLines);
        }
        else if (message && part.Message is { } inner)
        {
            w.WriteSpace();
            EnvelopeWriter.Write(w, inner);
            w.WriteSpace();
            Write(w, inner, extended);
            w.WriteSpace();
            w.WriteNumber((ulong)part.BodyLines);
        }
        if (extended)
        {
            w.WriteSpace();
            ImapFetchData.WriteNString(w, ImapFetchData.Field(h, "Content-MD5"));
            WriteCommon(w, h);
        }
        w.WriteByte((byte)')');
    }

    /// <summary>A single-token Content-Transfer-Encoding value, else null (written as "7bit").</summary>
    internal static byte[]? TransferEncoding(HeaderList h)
    {
        var value = ImapFetchData.Field(h, "Content-Transfer-Encoding");
        if (value is null) return null;
        var reader = new Rfc822Reader(value);
        reader.SkipCfws();
        var token = reader.ReadMimeToken();
        byte[] result = token.ToArray();
        reader.SkipCfws();
        return result.Length > 0 && reader.AtEnd ? result : null;
    }

    private static void WriteParameters(ImapWriter w, List<RawParameter> parameters, bool defaultCharset)
    {
        if (!defaultCharset && parameters.Count == 0)
        {
            w.WriteNil();
            return;
        }
        w.WriteByte((byte)'(');
        bool seenCharset = false;
        for (int i = 0; i < parameters.Count; i++)
        {
            if (i > 0) w.WriteSpace();
            if (string.Equals(parameters[i].NameText, "charset", StringComparison.OrdinalIgnoreCase)) seenCharset = true;
            w.WriteString(parameters[i].Name);
            w.WriteSpace();
            w.WriteString(parameters[i].Value);
        }
        if (defaultCharset && !seenCharset)
        {
            if (parameters.Count > 0) w.WriteSpace();
            w.WriteRaw("\"charset\" \"us-ascii\""u8);
        }
        w.WriteByte((byte)')');
    }

    private static void WriteCommon(ImapWriter w, HeaderList h)
    {
        w.WriteSpace();
        var disposition = h.Get("Content-Disposition") is { } f ? ContentDisposition.Parse(f.UnfoldedBytes()) : null;
        if (disposition is null) w.WriteNil();
        else
        {
            w.WriteByte((byte)'(');
            w.WriteString(disposition.RawType);
            w.WriteSpace();
            WriteParameters(w, disposition.RawParameters, defaultCharset: false);
            w.WriteByte((byte)')');
        }
        w.WriteSpace();
        WriteLanguage(w, ImapFetchData.Field(h, "Content-Language"));
        w.WriteSpace();
        ImapFetchData.WriteNString(w, ImapFetchData.Field(h, "Content-Location"));
    }

    private static void WriteLanguage(ImapWriter w, byte[]? value)
    {
        var languages = new List<byte[]>();
        if (value is not null)
        {
            var reader = new Rfc822Reader(value);
            reader.SkipCfws();
            while (true)
            {
                var atom = reader.ReadAtom(allowDot: false);
                if (atom.IsEmpty) break;
                languages.Add(atom.ToArray());
                reader.SkipCfws();
                if (!reader.TryRead((byte)',')) break;
                reader.SkipCfws();
            }
        }
        if (languages.Count == 0)
        {
            w.WriteNil();
            return;
        }
        w.WriteByte((byte)'(');
        for (int i = 0; i < languages.Count; i++)
        {
            if (i > 0) w.WriteSpace();
            w.WriteString(languages[i]);
        }
        w.WriteByte((byte)')');
    }
}
