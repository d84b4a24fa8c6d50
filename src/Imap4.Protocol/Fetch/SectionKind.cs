namespace Imap4.Protocol.Fetch;

/// <summary>The text part of a section specifier (RFC 9051 section-msgtext / section-text).</summary>
public enum SectionKind
{
    /// <summary>No text part: the whole message (<c>BODY[]</c>) or the whole body part (<c>BODY[1.2]</c>).</summary>
    Content,

    /// <summary><c>HEADER</c>.</summary>
    Header,

    /// <summary><c>HEADER.FIELDS (...)</c>.</summary>
    HeaderFields,

    /// <summary><c>HEADER.FIELDS.NOT (...)</c>.</summary>
    HeaderFieldsNot,

    /// <summary><c>TEXT</c>.</summary>
    Text,

    /// <summary><c>MIME</c>: the MIME header of a body part (only after a part number).</summary>
    Mime,
}
