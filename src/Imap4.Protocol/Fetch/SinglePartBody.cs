using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// A non-multipart body part (body-type-basic): type, subtype and body-fields, plus the MD5 extension field.
/// TEXT parts are <see cref="TextBody"/> and MESSAGE/RFC822 and MESSAGE/GLOBAL parts are <see cref="MessageBody"/>.
/// </summary>
public class SinglePartBody : BodyStructure
{
    /// <summary>Creates a single part.</summary>
    /// <param name="mediaType">The media type, e.g. <c>APPLICATION</c>.</param>
    /// <param name="mediaSubtype">The subtype, e.g. <c>PDF</c>.</param>
    /// <param name="parameters">Content-Type parameters, or null for NIL.</param>
    /// <param name="id">Content-ID, or null.</param>
    /// <param name="description">Content-Description (raw), or null.</param>
    /// <param name="encoding">Content-Transfer-Encoding as sent; null only when a server sent NIL (tolerated).</param>
    /// <param name="size">Size in octets of the encoded body.</param>
    public SinglePartBody(string mediaType, string mediaSubtype, IReadOnlyList<BodyParameter>? parameters, string? id,
        string? description, string? encoding, uint size)
        : base(mediaType, mediaSubtype)
    {
        Parameters = parameters;
        Id = id;
        Description = description;
        Encoding = encoding;
        Size = size;
    }

    /// <summary>Content-Type parameters in the order sent, or null for NIL.</summary>
    public IReadOnlyList<BodyParameter>? Parameters { get; }

    /// <summary>Content-ID, or null.</summary>
    public string? Id { get; }

    /// <summary>Content-Description (raw), or null.</summary>
    public string? Description { get; }

    /// <summary>Content-Transfer-Encoding as sent (<c>7BIT</c>, <c>BASE64</c>, ...), or null for NIL.</summary>
    public string? Encoding { get; }

    /// <summary>Size of the encoded body in octets.</summary>
    public uint Size { get; }

    /// <summary>Extension data: the Content-MD5, or null.</summary>
    public string? Md5 { get; init; }

    /// <summary>The Content-Type parameter named <paramref name="name"/> (case-insensitive), or null.</summary>
    /// <param name="name">The parameter name, e.g. <c>charset</c>.</param>
    /// <returns>The raw value.</returns>
    public string? GetParameter(string name) => BodyParameter.Find(Parameters, name);

    /// <summary>The <c>charset</c> parameter, or null.</summary>
    public string? Charset => GetParameter("CHARSET");

    /// <summary>True when the disposition is <c>attachment</c>.</summary>
    public bool IsAttachment => Disposition?.IsAttachment == true;

    /// <summary>The file name from the disposition's <c>filename</c> or else the type's <c>name</c> parameter (raw).</summary>
    public string? FileName => Disposition?.FileName ?? GetParameter("NAME");

    private protected override bool HasFirstExtension => Md5 is not null;

    private protected override void WriteContent(ImapWriter writer, int extensionFields)
    {
        writer.WriteString(MediaType);
        writer.WriteSpace();
        writer.WriteString(MediaSubtype);
        writer.WriteSpace();
        BodyParameter.WriteList(writer, Parameters);
        writer.WriteSpace();
        writer.WriteNString(Id);
        writer.WriteSpace();
        writer.WriteNString(Description);
        writer.WriteSpace();
        writer.WriteNString(Encoding);
        writer.WriteSpace();
        writer.WriteNumber(Size);
        WriteTypeFields(writer);
        if (extensionFields < 1) return;
        writer.WriteSpace();
        writer.WriteNString(Md5);
        WriteLaterExtensions(writer, extensionFields);
    }

    /// <summary>Writes the fields specific to the type after the size (each preceded by SP).</summary>
    private protected virtual void WriteTypeFields(ImapWriter writer)
    {
    }
}
