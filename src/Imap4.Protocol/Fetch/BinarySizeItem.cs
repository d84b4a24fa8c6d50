using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>BINARY.SIZE[part] number</c>: the decoded size of a section (RFC 3516).</summary>
/// <param name="Part">The part numbers, empty for the whole message.</param>
/// <param name="Size">The decoded size in octets.</param>
public sealed record BinarySizeItem(IReadOnlyList<uint> Part, uint Size) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "BINARY.SIZE";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("BINARY.SIZE"u8);
        FetchValues.WriteSectionPart(writer, Part);
        writer.WriteSpace();
        writer.WriteNumber(Size);
    }

    /// <inheritdoc />
    public bool Equals(BinarySizeItem? other) => other is not null && Size == other.Size && ValueEquality.Equal(Part, other.Part);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ValueEquality.Hash(Part), Size);
}
