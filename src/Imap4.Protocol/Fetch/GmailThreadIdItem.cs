using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>X-GM-THRID n</c>: Gmail's thread id.</summary>
/// <param name="ThreadId">The id.</param>
public sealed record GmailThreadIdItem(ulong ThreadId) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "X-GM-THRID";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("X-GM-THRID "u8);
        writer.WriteNumber(ThreadId);
    }
}
