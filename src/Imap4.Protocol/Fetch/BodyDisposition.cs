using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>body-fld-dsp: the Content-Disposition of a body part, e.g. <c>("ATTACHMENT" ("FILENAME" "a.pdf"))</c>.</summary>
/// <param name="Type">The disposition type as sent (<c>attachment</c>, <c>inline</c>, ...).</param>
/// <param name="Parameters">Its parameters, or null for NIL.</param>
public sealed record BodyDisposition(string Type, IReadOnlyList<BodyParameter>? Parameters)
{
    /// <summary>True for the <c>attachment</c> type (case-insensitive).</summary>
    public bool IsAttachment => string.Equals(Type, "ATTACHMENT", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>filename</c> parameter, raw (may use RFC 2231 encoding, decoded by the MIME layer), or null.</summary>
    public string? FileName => BodyParameter.Find(Parameters, "FILENAME");

    /// <summary>Reads NIL (null) or <c>"(" string SP body-fld-param ")"</c>.</summary>
    internal static BodyDisposition? Read(ref ImapReader reader)
    {
        if (!reader.TryEnterList())
        {
            if (!reader.TryReadNil()) reader.Fail("expected body disposition or NIL");
            return null;
        }
        string type = FetchStrings.ReadString(ref reader, intern: true);
        reader.ReadSpace();
        IReadOnlyList<BodyParameter>? parameters = BodyParameter.ReadList(ref reader);
        reader.ExitList();
        return new BodyDisposition(type, parameters);
    }

    /// <summary>Writes NIL for null, else the wire form.</summary>
    internal static void Write(ImapWriter writer, BodyDisposition? disposition)
    {
        if (disposition is null)
        {
            writer.WriteNil();
            return;
        }
        writer.WriteByte((byte)'(');
        writer.WriteString(disposition.Type);
        writer.WriteSpace();
        BodyParameter.WriteList(writer, disposition.Parameters);
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public bool Equals(BodyDisposition? other) =>
        other is not null && Type == other.Type && ValueEquality.Equal(Parameters, other.Parameters);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, ValueEquality.Hash(Parameters));
}
