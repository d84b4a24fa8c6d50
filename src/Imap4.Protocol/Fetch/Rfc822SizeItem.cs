using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>RFC822.SIZE n</c>: the message's size in octets (number64 in IMAP4rev2).</summary>
/// <param name="Size">The size.</param>
public sealed record Rfc822SizeItem(ulong Size) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "RFC822.SIZE";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("RFC822.SIZE "u8);
        writer.WriteNumber(Size);
    }
}
