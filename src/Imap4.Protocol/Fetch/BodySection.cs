using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// A section specifier, the part between brackets of <c>BODY[...]</c>, <c>BODY.PEEK[...]</c> and <c>BINARY[...]</c>:
/// a part path (<c>1.2.3</c>) and a text part (<c>HEADER</c>, <c>HEADER.FIELDS (FROM)</c>, <c>TEXT</c>, <c>MIME</c>).
/// </summary>
public sealed class BodySection : IEquatable<BodySection>
{
    private static readonly uint[] NoPart = [];

    /// <summary>The whole message: <c>[]</c>.</summary>
    public static BodySection All { get; } = new(NoPart, SectionKind.Content);

    /// <summary>The message header: <c>[HEADER]</c>.</summary>
    public static BodySection Header { get; } = new(NoPart, SectionKind.Header);

    /// <summary>The message text: <c>[TEXT]</c>.</summary>
    public static BodySection Text { get; } = new(NoPart, SectionKind.Text);

    /// <summary>Creates a section.</summary>
    /// <param name="part">Part numbers (each at least 1), empty for the message itself.</param>
    /// <param name="kind">The text part.</param>
    /// <param name="fields">Header field names for <see cref="SectionKind.HeaderFields"/> and <see cref="SectionKind.HeaderFieldsNot"/>.</param>
    public BodySection(IReadOnlyList<uint> part, SectionKind kind = SectionKind.Content, IReadOnlyList<string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(part);
        foreach (uint p in part)
            if (p == 0) throw new ArgumentException("part numbers start at 1", nameof(part));
        if (kind == SectionKind.Mime && part.Count == 0) throw new ArgumentException("MIME needs a part number", nameof(kind));
        bool needsFields = kind is SectionKind.HeaderFields or SectionKind.HeaderFieldsNot;
        if (needsFields && (fields is null || fields.Count == 0)) throw new ArgumentException("HEADER.FIELDS needs at least one field name", nameof(fields));
        if (!needsFields && fields is { Count: > 0 }) throw new ArgumentException("only HEADER.FIELDS takes field names", nameof(fields));
        Part = part;
        Kind = kind;
        Fields = needsFields ? fields! : [];
    }

    /// <summary>A header-fields section: <c>[HEADER.FIELDS (names)]</c> of the message.</summary>
    /// <param name="names">The field names.</param>
    /// <returns>The section.</returns>
    public static BodySection HeaderFields(params string[] names) => new(NoPart, SectionKind.HeaderFields, names);

    /// <summary>A body part: <c>[1.2]</c>.</summary>
    /// <param name="part">Part numbers.</param>
    /// <returns>The section.</returns>
    public static BodySection ForPart(params uint[] part) => new(part);

    /// <summary>Part numbers, empty for the message itself.</summary>
    public IReadOnlyList<uint> Part { get; }

    /// <summary>The text part.</summary>
    public SectionKind Kind { get; }

    /// <summary>Header field names of HEADER.FIELDS[.NOT], else empty.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Reads <c>"[" [section-spec] "]"</c>.</summary>
    /// <param name="reader">The reader, positioned at "[".</param>
    /// <returns>The section.</returns>
    public static BodySection Read(ref ImapReader reader)
    {
        reader.Expect((byte)'[', "\"[\"");
        if (reader.TryRead((byte)']')) return All;
        var part = new List<uint>();
        while (reader.TryPeek(out byte b) && ImapChars.IsDigit(b))
        {
            part.Add(reader.ReadNzNumber());
            if (!reader.TryRead((byte)'.')) break;
        }
        IReadOnlyList<uint> path = part.Count == 0 ? NoPart : part;
        SectionKind kind = SectionKind.Content;
        List<string>? fields = null;
        if (!reader.TryPeek(out byte next) || next != ']') kind = ReadKind(ref reader, path.Count > 0, out fields);
        reader.Expect((byte)']', "\"]\"");
        return new BodySection(path, kind, fields);
    }

    private static SectionKind ReadKind(ref ImapReader reader, bool hasPart, out List<string>? fields)
    {
        fields = null;
        if (reader.TryReadKeyword("HEADER"u8)) return SectionKind.Header;
        if (reader.TryReadKeyword("TEXT"u8)) return SectionKind.Text;
        if (hasPart && reader.TryReadKeyword("MIME"u8)) return SectionKind.Mime;
        SectionKind kind;
        if (reader.TryReadKeyword("HEADER.FIELDS"u8)) kind = SectionKind.HeaderFields;
        else if (reader.TryReadKeyword("HEADER.FIELDS.NOT"u8)) kind = SectionKind.HeaderFieldsNot;
        else
        {
            reader.Fail("expected HEADER, HEADER.FIELDS, HEADER.FIELDS.NOT, TEXT or MIME");
            return default;
        }
        reader.ReadSpace();
        reader.EnterList();
        fields = [reader.ReadAString()];
        while (reader.TryReadSpace()) fields.Add(reader.ReadAString());
        reader.ExitList();
        return kind;
    }

    /// <summary>Writes <c>"[" section-spec "]"</c>.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteByte((byte)'[');
        for (int i = 0; i < Part.Count; i++)
        {
            if (i > 0) writer.WriteByte((byte)'.');
            writer.WriteNumber(Part[i]);
        }
        if (Kind != SectionKind.Content)
        {
            if (Part.Count > 0) writer.WriteByte((byte)'.');
            writer.WriteRaw(KindName(Kind));
        }
        if (Fields.Count > 0)
        {
            writer.WriteRaw(" ("u8);
            for (int i = 0; i < Fields.Count; i++)
            {
                if (i > 0) writer.WriteSpace();
                writer.WriteAString(Fields[i]);
            }
            writer.WriteByte((byte)')');
        }
        writer.WriteByte((byte)']');
    }

    private static string KindName(SectionKind kind) => kind switch
    {
        SectionKind.Header => "HEADER",
        SectionKind.HeaderFields => "HEADER.FIELDS",
        SectionKind.HeaderFieldsNot => "HEADER.FIELDS.NOT",
        SectionKind.Text => "TEXT",
        SectionKind.Mime => "MIME",
        _ => "",
    };

    /// <inheritdoc />
    public bool Equals(BodySection? other) =>
        other is not null && Kind == other.Kind && Part.SequenceEqual(other.Part)
        && Fields.SequenceEqual(other.Fields, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BodySection);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Kind);
        foreach (uint p in Part) h.Add(p);
        foreach (string f in Fields) h.Add(f, StringComparer.OrdinalIgnoreCase);
        return h.ToHashCode();
    }

    /// <summary>The wire form, e.g. <c>[1.2.HEADER.FIELDS (FROM)]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Write(new ImapWriter(buffer, ImapWriterOptions.Server));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
