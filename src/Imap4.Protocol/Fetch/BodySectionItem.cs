using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>BODY[section]&lt;origin&gt; nstring</c>: the content of a section, copied out of the frame.</summary>
/// <param name="Section">The section.</param>
/// <param name="Origin">The offset of the first byte for a partial fetch, else null.</param>
/// <param name="Content">The bytes as sent (still transfer-encoded), or null for NIL.</param>
public sealed record BodySectionItem(BodySection Section, uint? Origin, ReadOnlyMemory<byte>? Content) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "BODY";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("BODY"u8);
        Section.Write(writer);
        FetchValues.WriteOrigin(writer, Origin);
        writer.WriteSpace();
        FetchValues.WriteContent(writer, Content);
    }

    /// <inheritdoc />
    public bool Equals(BodySectionItem? other) =>
        other is not null && Section.Equals(other.Section) && Origin == other.Origin && ValueEquality.Equal(Content, other.Content);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Section, Origin, ValueEquality.Hash(Content));
}
