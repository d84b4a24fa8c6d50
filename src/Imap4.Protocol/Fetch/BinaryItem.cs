using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>BINARY[part]&lt;origin&gt; (nstring / literal8)</c>: decoded section content (RFC 3516), copied out of the frame.</summary>
/// <param name="Part">The part numbers, empty for the whole message.</param>
/// <param name="Origin">The offset of the first byte for a partial fetch, else null.</param>
/// <param name="Content">The decoded bytes, or null for NIL.</param>
public sealed record BinaryItem(IReadOnlyList<uint> Part, uint? Origin, ReadOnlyMemory<byte>? Content) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "BINARY";

    /// <summary>True when the content came (or is to be written) as a literal8 <c>~{n}</c>; content holding NUL always is.</summary>
    public bool IsLiteral8 { get; init; }

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("BINARY"u8);
        FetchValues.WriteSectionPart(writer, Part);
        FetchValues.WriteOrigin(writer, Origin);
        writer.WriteSpace();
        if (Content is { } c && (IsLiteral8 || c.Span.Contains((byte)0))) writer.WriteLiteral(c.Span, binary: true);
        else FetchValues.WriteContent(writer, Content);
    }

    /// <inheritdoc />
    public bool Equals(BinaryItem? other) =>
        other is not null && ValueEquality.Equal(Part, other.Part) && Origin == other.Origin
        && IsLiteral8 == other.IsLiteral8 && ValueEquality.Equal(Content, other.Content);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ValueEquality.Hash(Part), Origin, ValueEquality.Hash(Content));
}
