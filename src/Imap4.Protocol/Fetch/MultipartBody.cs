using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>A MULTIPART/* part (body-type-mpart): its parts, its subtype and, as extension data, its parameters.</summary>
public sealed class MultipartBody : BodyStructure
{
    /// <summary>Creates a multipart.</summary>
    /// <param name="parts">The parts (RFC 9051 requires at least one; an empty list is kept since some servers send it).</param>
    /// <param name="mediaSubtype">The subtype, e.g. <c>MIXED</c>.</param>
    public MultipartBody(IReadOnlyList<BodyStructure> parts, string mediaSubtype)
        : base("MULTIPART", mediaSubtype)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts;
    }

    /// <summary>The parts in order.</summary>
    public IReadOnlyList<BodyStructure> Parts { get; }

    /// <summary>Extension data: the Content-Type parameters (e.g. BOUNDARY), or null.</summary>
    public IReadOnlyList<BodyParameter>? Parameters { get; init; }

    /// <summary>The <c>boundary</c> parameter, or null.</summary>
    public string? Boundary => BodyParameter.Find(Parameters, "BOUNDARY");

    private protected override bool HasFirstExtension => Parameters is not null;

    private protected override void WriteContent(ImapWriter writer, int extensionFields)
    {
        foreach (BodyStructure part in Parts) part.Write(writer);
        if (Parts.Count > 0) writer.WriteSpace();
        writer.WriteString(MediaSubtype);
        if (extensionFields < 1) return;
        writer.WriteSpace();
        BodyParameter.WriteList(writer, Parameters);
        WriteLaterExtensions(writer, extensionFields);
    }
}
