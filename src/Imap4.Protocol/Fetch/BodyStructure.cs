using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// The MIME structure of a message as BODY or BODYSTRUCTURE describe it (RFC 9051 section 7.5.2): a
/// <see cref="MultipartBody"/> or a single part (<see cref="SinglePartBody"/>, <see cref="TextBody"/>,
/// <see cref="MessageBody"/>). Strings are kept as sent (any case). Extension data (BODYSTRUCTURE only) is kept with how
/// many of its fields were sent, so that a structure writes back exactly as received. Equality compares wire forms.
/// </summary>
public abstract class BodyStructure : IEquatable<BodyStructure>
{
    private BodyDisposition? _disposition;
    private IReadOnlyList<string>? _language;
    private bool _languageIsList;
    private string? _location;
    private IReadOnlyList<BodyExtension> _extensions = [];
    private int _extensionFieldCount;

    private protected BodyStructure(string mediaType, string mediaSubtype)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        ArgumentNullException.ThrowIfNull(mediaSubtype);
        MediaType = mediaType;
        MediaSubtype = mediaSubtype;
    }

    /// <summary>The media type as sent, e.g. <c>TEXT</c>; <c>MULTIPART</c> for multiparts.</summary>
    public string MediaType { get; }

    /// <summary>The media subtype as sent, e.g. <c>PLAIN</c> or <c>MIXED</c>.</summary>
    public string MediaSubtype { get; }

    /// <summary><c>type/subtype</c> in lower case, e.g. <c>text/plain</c>.</summary>
    public string ContentType => (MediaType + "/" + MediaSubtype).ToLowerInvariant();

    /// <summary>Extension data: the Content-Disposition, or null.</summary>
    public BodyDisposition? Disposition { get => _disposition; init => _disposition = value; }

    /// <summary>Extension data: the Content-Language tags, or null for NIL.</summary>
    public IReadOnlyList<string>? Language { get => _language; init => _language = value; }

    /// <summary>True to write a single language tag as a list <c>("EN")</c> rather than a string (as it was received).</summary>
    public bool LanguageIsList { get => _languageIsList; init => _languageIsList = value; }

    /// <summary>Extension data: the Content-Location, or null.</summary>
    public string? Location { get => _location; init => _location = value; }

    /// <summary>Extension data after the location, kept as sent.</summary>
    public IReadOnlyList<BodyExtension> Extensions { get => _extensions; init => _extensions = value ?? []; }

    /// <summary>
    /// How many extension fields were sent: 0 in the BODY form (no extension data); 1 for the MD5 (single part) or the
    /// parameters (multipart) alone; 2 with the disposition; 3 with the language; 4 with the location. Writing emits at
    /// least this many fields (as NIL when unset) and more when later fields hold values.
    /// </summary>
    public int ExtensionFieldCount { get => _extensionFieldCount; init => _extensionFieldCount = value; }

    /// <summary>True when this part carries extension data (BODYSTRUCTURE form).</summary>
    public bool HasExtensionData => ExtensionFields > 0;

    /// <summary>The extension field that comes first (MD5 or parameters) is set.</summary>
    private protected abstract bool HasFirstExtension { get; }

    private int ExtensionFields
    {
        get
        {
            if (Extensions.Count > 0 || Location is not null) return 4;
            if (Language is not null) return Math.Max(ExtensionFieldCount, 3);
            if (Disposition is not null) return Math.Max(ExtensionFieldCount, 2);
            return Math.Max(ExtensionFieldCount, HasFirstExtension ? 1 : 0);
        }
    }

    /// <summary>True when the media type and subtype are as given (case-insensitive).</summary>
    /// <param name="type">The type, e.g. <c>text</c>.</param>
    /// <param name="subtype">The subtype, e.g. <c>plain</c>; null matches any.</param>
    /// <returns>Whether it matches.</returns>
    public bool Is(string type, string? subtype = null) =>
        string.Equals(MediaType, type, StringComparison.OrdinalIgnoreCase)
        && (subtype is null || string.Equals(MediaSubtype, subtype, StringComparison.OrdinalIgnoreCase));

    /// <summary>This part and every part inside it, depth first (including the body of attached messages).</summary>
    /// <returns>The parts.</returns>
    public IEnumerable<BodyStructure> Descendants()
    {
        var stack = new Stack<BodyStructure>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            BodyStructure part = stack.Pop();
            yield return part;
            if (part is MultipartBody multi)
                for (int i = multi.Parts.Count - 1; i >= 0; i--) stack.Push(multi.Parts[i]);
            else if (part is MessageBody message) stack.Push(message.Body);
        }
    }

    /// <summary>Reads <c>body</c>: a parenthesised multipart or single part structure.</summary>
    /// <param name="reader">The reader, at "(".</param>
    /// <returns>The structure.</returns>
    public static BodyStructure Read(ref ImapReader reader) => BodyStructureReader.Read(ref reader);

    /// <summary>Writes <c>body</c> in its wire form.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteByte((byte)'(');
        WriteContent(writer, ExtensionFields);
        writer.WriteByte((byte)')');
    }

    /// <summary>Writes everything between the parentheses.</summary>
    private protected abstract void WriteContent(ImapWriter writer, int extensionFields);

    /// <summary>Writes the extension fields after the first one: disposition, language, location, further extensions.</summary>
    private protected void WriteLaterExtensions(ImapWriter writer, int extensionFields)
    {
        if (extensionFields < 2) return;
        writer.WriteSpace();
        BodyDisposition.Write(writer, Disposition);
        if (extensionFields < 3) return;
        writer.WriteSpace();
        WriteLanguage(writer);
        if (extensionFields < 4) return;
        writer.WriteSpace();
        writer.WriteNString(Location);
        foreach (BodyExtension e in Extensions)
        {
            writer.WriteSpace();
            e.Write(writer);
        }
    }

    private void WriteLanguage(ImapWriter writer)
    {
        if (Language is null || Language.Count == 0) writer.WriteNil();
        else if (Language.Count == 1 && !LanguageIsList) writer.WriteString(Language[0]);
        else
        {
            writer.WriteByte((byte)'(');
            for (int i = 0; i < Language.Count; i++)
            {
                if (i > 0) writer.WriteSpace();
                writer.WriteString(Language[i]);
            }
            writer.WriteByte((byte)')');
        }
    }

    /// <summary>Sets the extension fields read from the wire (the init accessors cannot be used by the reader).</summary>
    internal void SetExtensions(in BodyStructureReader.LaterExtensions e, int fieldCount)
    {
        _disposition = e.Disposition;
        _language = e.Language;
        _languageIsList = e.LanguageIsList;
        _location = e.Location;
        _extensions = e.Extensions ?? [];
        _extensionFieldCount = fieldCount;
    }

    /// <inheritdoc />
    public bool Equals(BodyStructure? other) =>
        other is not null && GetType() == other.GetType()
        && FetchText.Bytes(Write).AsSpan().SequenceEqual(FetchText.Bytes(other.Write));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BodyStructure);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>The wire form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FetchText.Of(Write);
}
