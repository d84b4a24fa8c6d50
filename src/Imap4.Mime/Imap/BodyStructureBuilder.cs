using Imap4.Mime.Headers;
using Imap4.Protocol.Fetch;

namespace Imap4.Mime.Imap;

/// <summary>
/// Computes BODY / BODYSTRUCTURE (RFC 3501 7.4.2) with Dovecot's defaults: strings as written, a default
/// <c>charset us-ascii</c> for text parts, <c>7bit</c> for a missing or unreadable encoding, CRLF sizes and line counts,
/// languages always as a list, and all four extension fields (as NIL when absent) in the extensible form.
/// </summary>
internal static class BodyStructureBuilder
{
    private const int AllExtensionFields = 4;

    public static BodyStructure Build(MimePart part, bool extensible) =>
        part.Kind == MimePartKind.Multipart ? BuildMultipart(part, extensible) : BuildSingle(part, extensible);

    private static MultipartBody BuildMultipart(MimePart part, bool extensible)
    {
        var parts = new BodyStructure[Math.Max(1, part.Children.Count)];
        // Dovecot describes a multipart without parts as holding one empty text/plain part.
        if (part.Children.Count == 0) parts[0] = EmptyPart(extensible);
        for (int i = 0; i < part.Children.Count; i++) parts[i] = Build(part.Children[i], extensible);
        string subtype = ImapFetchData.Text(part.ContentType.RawSubtype);
        if (!extensible) return new MultipartBody(parts, subtype);
        var (disposition, language, location) = Common(part.Header);
        return new MultipartBody(parts, subtype)
        {
            Parameters = Parameters(part.ContentType.RawParameters, defaultCharset: false),
            Disposition = disposition,
            Language = language,
            LanguageIsList = true,
            Location = location,
            ExtensionFieldCount = AllExtensionFields,
        };
    }

    private static TextBody EmptyPart(bool extensible) =>
        new("plain", [new BodyParameter("charset", "us-ascii")], null, null, "7bit", 0, 0, "text")
        {
            ExtensionFieldCount = extensible ? AllExtensionFields : 0,
        };

    private static SinglePartBody BuildSingle(MimePart part, bool extensible)
    {
        var h = part.Header;
        var type = part.ContentType;
        bool message = part.Kind == MimePartKind.Message && part.Message is not null;
        bool text = part.Kind != MimePartKind.Message && type.IsType("text");
        var parameters = Parameters(type.RawParameters, defaultCharset: text);
        string? id = Field(h, "Content-ID");
        string? description = Field(h, "Content-Description");
        string encoding = ImapFetchData.TextOrNull(ImapFetchData.TransferEncoding(h)) ?? "7bit";
        uint size = (uint)Math.Min(part.BodySize, uint.MaxValue);
        var (disposition, language, location) = extensible ? Common(h) : default;
        int fields = extensible ? AllExtensionFields : 0;
        string? md5 = extensible ? Field(h, "Content-MD5") : null;
        if (message)
        {
            var inner = part.Message!;
            return new MessageBody("rfc822", parameters, id, description, encoding, size, EnvelopeBuilder.Build(inner),
                Build(inner, extensible), (ulong)part.BodyLines, "message")
            {
                Md5 = md5, Disposition = disposition, Language = language, LanguageIsList = true, Location = location, ExtensionFieldCount = fields,
            };
        }
        string mediaType = ImapFetchData.Text(type.RawType);
        string subtype = ImapFetchData.Text(type.RawSubtype);
        if (text)
        {
            return new TextBody(subtype, parameters, id, description, encoding, size, (ulong)part.BodyLines, mediaType)
            {
                Md5 = md5, Disposition = disposition, Language = language, LanguageIsList = true, Location = location, ExtensionFieldCount = fields,
            };
        }
        return new SinglePartBody(mediaType, subtype, parameters, id, description, encoding, size)
        {
            Md5 = md5, Disposition = disposition, Language = language, LanguageIsList = true, Location = location, ExtensionFieldCount = fields,
        };
    }

    private static string? Field(HeaderList h, string name) => ImapFetchData.TextOrNull(h.Get(name)?.UnfoldedBytes());

    private static BodyParameter[]? Parameters(List<RawParameter> raw, bool defaultCharset)
    {
        bool seenCharset = false;
        foreach (var p in raw)
            if (string.Equals(p.NameText, "charset", StringComparison.OrdinalIgnoreCase)) seenCharset = true;
        bool addCharset = defaultCharset && !seenCharset;
        if (raw.Count == 0 && !addCharset) return null;
        var result = new BodyParameter[raw.Count + (addCharset ? 1 : 0)];
        for (int i = 0; i < raw.Count; i++) result[i] = new BodyParameter(ImapFetchData.Text(raw[i].Name), ImapFetchData.TextOrNull(raw[i].Value));
        if (addCharset) result[^1] = new BodyParameter("charset", "us-ascii");
        return result;
    }

    private static (BodyDisposition? Disposition, string[]? Language, string? Location) Common(HeaderList h)
    {
        var dispositionField = h.Get("Content-Disposition");
        var parsed = dispositionField is null ? null : ContentDisposition.Parse(dispositionField.UnfoldedBytes());
        var disposition = parsed is null ? null
            : new BodyDisposition(ImapFetchData.Text(parsed.RawType), Parameters(parsed.RawParameters, defaultCharset: false));
        return (disposition, Languages(h.Get("Content-Language")?.UnfoldedBytes()), Field(h, "Content-Location"));
    }

    private static string[]? Languages(byte[]? value)
    {
        if (value is null) return null;
        var languages = new List<string>();
        var reader = new Rfc822Reader(value);
        reader.SkipCfws();
        while (true)
        {
            var atom = reader.ReadAtom(allowDot: false);
            if (atom.IsEmpty) break;
            languages.Add(ImapFetchData.Text(atom));
            reader.SkipCfws();
            if (!reader.TryRead((byte)',')) break;
            reader.SkipCfws();
        }
        return languages.Count == 0 ? null : [.. languages];
    }
}
