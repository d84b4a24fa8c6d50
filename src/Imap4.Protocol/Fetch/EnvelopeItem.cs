using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>ENVELOPE (...)</c>: the message's envelope.</summary>
/// <param name="Envelope">The envelope.</param>
public sealed record EnvelopeItem(Envelope Envelope) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "ENVELOPE";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("ENVELOPE "u8);
        Envelope.Write(writer);
    }
}
