using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>MODSEQ (n)</c>: the message's mod-sequence (CONDSTORE, RFC 7162).</summary>
/// <param name="ModSeq">The mod-sequence value.</param>
public sealed record ModSeqItem(ulong ModSeq) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "MODSEQ";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("MODSEQ ("u8);
        writer.WriteNumber(ModSeq);
        writer.WriteByte((byte)')');
    }
}
