using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* n EXPUNGE</c>: the sequence number of the message just expunged (later numbers shift down by one).</summary>
/// <param name="SequenceNumber">The expunged message's sequence number (not zero).</param>
public sealed record ExpungeResponse(uint SequenceNumber) : UntaggedResponse
{
    /// <summary>The expunged message's sequence number.</summary>
    public uint SequenceNumber { get; } =
        SequenceNumber != 0 ? SequenceNumber : throw new ArgumentOutOfRangeException(nameof(SequenceNumber), "a sequence number is not zero");

    /// <inheritdoc />
    public override string Keyword => "EXPUNGE";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        writer.WriteNumber(SequenceNumber);
        writer.WriteRaw(" EXPUNGE"u8);
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static ExpungeResponse Parse(ref ImapReader reader, uint number)
    {
        if (number == 0) reader.Fail("expected nz-number, got 0");
        return new ExpungeResponse(number);
    }
}
