using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// Parses <c>body</c> (RFC 9051 section 9). Tolerances, each seen from real servers:
/// <list type="bullet">
/// <item>SP between the parts of a multipart, and a SP before a closing parenthesis, are skipped.</item>
/// <item>A multipart without parts (<c>("MIXED" ("BOUNDARY" "x") ...)</c>, <c>("MIXED")</c>) reads as a
/// <see cref="MultipartBody"/> with no parts.</item>
/// <item>A TEXT part without its line count reads with <see cref="TextBody.Lines"/> null.</item>
/// <item>A MESSAGE/RFC822 part without envelope, body and lines reads as a plain <see cref="SinglePartBody"/>.</item>
/// <item>NIL as encoding or as a parameter value, and <c>()</c> as a parameter list (read as NIL).</item>
/// <item>Media types in any case (kept as sent).</item>
/// </list>
/// </summary>
internal static class BodyStructureReader
{
    /// <summary>The extension fields shared by single parts and multiparts.</summary>
    internal struct LaterExtensions
    {
        public BodyDisposition? Disposition;
        public IReadOnlyList<string>? Language;
        public bool LanguageIsList;
        public string? Location;
        public IReadOnlyList<BodyExtension>? Extensions;
    }

    public static BodyStructure Read(ref ImapReader reader)
    {
        reader.EnterList();
        BodyStructure body = reader.Peek() == '(' ? ReadMultipart(ref reader) : ReadSinglePart(ref reader);
        reader.ExitList();
        return body;
    }

    /// <summary>Consumes SP when another field follows (not a closing parenthesis).</summary>
    private static bool NextField(ref ImapReader reader) =>
        reader.TryReadSpace() && !(reader.TryPeek(out byte b) && b == ')');

    private static MultipartBody ReadMultipart(ref ImapReader reader)
    {
        var parts = new ListBuilder<BodyStructure>();
        while (reader.TryPeek(out byte b) && b == '(')
        {
            parts.Add(Read(ref reader));
            reader.TryReadSpace();
        }
        string subtype = FetchStrings.ReadString(ref reader, intern: true);
        return FinishMultipart(ref reader, parts.ToArray(), subtype, NextField(ref reader));
    }

    private static MultipartBody FinishMultipart(ref ImapReader reader, BodyStructure[] parts, string subtype, bool more)
    {
        if (!more) return new MultipartBody(parts, subtype);
        IReadOnlyList<BodyParameter>? parameters = BodyParameter.ReadList(ref reader);
        var body = new MultipartBody(parts, subtype) { Parameters = parameters };
        ReadLaterExtensions(ref reader, body);
        return body;
    }

    private static BodyStructure ReadSinglePart(ref ImapReader reader)
    {
        string type = FetchStrings.ReadString(ref reader, intern: true);
        if (!reader.TryPeek(out byte next) || next == ')') return new MultipartBody([], type);
        reader.ReadSpace();
        next = reader.Peek();
        if (next is (byte)'(' or (byte)'N' or (byte)'n') return FinishMultipart(ref reader, [], type, more: true);
        string subtype = FetchStrings.ReadString(ref reader, intern: true);
        reader.ReadSpace();
        IReadOnlyList<BodyParameter>? parameters = BodyParameter.ReadList(ref reader);
        reader.ReadSpace();
        string? id = FetchStrings.ReadNString(ref reader, intern: false);
        reader.ReadSpace();
        string? description = FetchStrings.ReadNString(ref reader, intern: false);
        reader.ReadSpace();
        string? encoding = FetchStrings.ReadNString(ref reader, intern: true);
        reader.ReadSpace();
        uint size = reader.ReadNumber();
        bool more = NextField(ref reader);

        SinglePartBody body;
        string? md5;
        if (string.Equals(type, "TEXT", StringComparison.OrdinalIgnoreCase))
        {
            ulong? lines = null;
            if (more && ImapChars.IsDigit(reader.Peek()))
            {
                lines = reader.ReadNumber64();
                more = NextField(ref reader);
            }
            md5 = more ? FetchStrings.ReadNString(ref reader, intern: false) : null;
            body = new TextBody(subtype, parameters, id, description, encoding, size, lines, type) { Md5 = md5 };
        }
        else if (more && reader.Peek() == '(' && string.Equals(type, "MESSAGE", StringComparison.OrdinalIgnoreCase)
            && (string.Equals(subtype, "RFC822", StringComparison.OrdinalIgnoreCase)
                || string.Equals(subtype, "GLOBAL", StringComparison.OrdinalIgnoreCase)))
        {
            Envelope envelope = Envelope.Read(ref reader);
            reader.ReadSpace();
            BodyStructure inner = Read(ref reader);
            reader.ReadSpace();
            ulong lines = reader.ReadNumber64();
            more = NextField(ref reader);
            md5 = more ? FetchStrings.ReadNString(ref reader, intern: false) : null;
            body = new MessageBody(subtype, parameters, id, description, encoding, size, envelope, inner, lines, type) { Md5 = md5 };
        }
        else
        {
            md5 = more ? FetchStrings.ReadNString(ref reader, intern: false) : null;
            body = new SinglePartBody(type, subtype, parameters, id, description, encoding, size) { Md5 = md5 };
        }
        if (more) ReadLaterExtensions(ref reader, body);
        return body;
    }

    /// <summary>After the first extension field: [SP disposition [SP language [SP location *(SP extension)]]].</summary>
    private static void ReadLaterExtensions(ref ImapReader reader, BodyStructure body)
    {
        var e = default(LaterExtensions);
        int count = 1;
        if (NextField(ref reader))
        {
            e.Disposition = BodyDisposition.Read(ref reader);
            count = 2;
            if (NextField(ref reader))
            {
                e.Language = ReadLanguage(ref reader, out e.LanguageIsList);
                count = 3;
                if (NextField(ref reader))
                {
                    e.Location = FetchStrings.ReadNString(ref reader, intern: false);
                    count = 4;
                    e.Extensions = ReadExtensions(ref reader);
                }
            }
        }
        body.SetExtensions(e, count);
    }

    private static BodyExtension[]? ReadExtensions(ref ImapReader reader)
    {
        if (!NextField(ref reader)) return null;
        var list = new ListBuilder<BodyExtension>();
        do
        {
            list.Add(BodyExtension.Read(ref reader));
        }
        while (NextField(ref reader));
        return list.ToArray();
    }

    /// <summary>body-fld-lang: nstring or <c>"(" string *(SP string) ")"</c>.</summary>
    private static string[]? ReadLanguage(ref ImapReader reader, out bool isList)
    {
        isList = reader.TryEnterList();
        if (!isList)
        {
            string? single = FetchStrings.ReadNString(ref reader, intern: true);
            return single is null ? null : [single];
        }
        var list = new ListBuilder<string>();
        do
        {
            list.Add(FetchStrings.ReadString(ref reader, intern: true));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return list.ToArray();
    }
}
