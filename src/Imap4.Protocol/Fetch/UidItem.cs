using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>UID n</c>: the message's unique identifier.</summary>
/// <param name="Uid">The UID.</param>
public sealed record UidItem(uint Uid) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "UID";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("UID "u8);
        writer.WriteNumber(Uid);
    }
}
