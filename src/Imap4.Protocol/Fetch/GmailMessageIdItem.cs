using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>X-GM-MSGID n</c>: Gmail's message id.</summary>
/// <param name="MessageId">The id.</param>
public sealed record GmailMessageIdItem(ulong MessageId) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "X-GM-MSGID";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("X-GM-MSGID "u8);
        writer.WriteNumber(MessageId);
    }
}
