using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>EMAILID (objectid)</c>: the message's immutable id (OBJECTID, RFC 8474).</summary>
/// <param name="EmailId">The objectid.</param>
public sealed record EmailIdItem(string EmailId) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "EMAILID";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("EMAILID ("u8);
        writer.WriteRaw(EmailId);
        writer.WriteByte((byte)')');
    }
}
