using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>[UNSEEN n]</c> (IMAP4rev1 SELECT): the sequence number of the first unseen message.</summary>
/// <param name="SequenceNumber">The message sequence number (not zero).</param>
public sealed record UnseenCode(uint SequenceNumber) : ResponseCode("UNSEEN")
{
    /// <summary>The sequence number of the first unseen message.</summary>
    public uint SequenceNumber { get; } =
        SequenceNumber != 0 ? SequenceNumber : throw new ArgumentOutOfRangeException(nameof(SequenceNumber), "UNSEEN is a nz-number");

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteNumber(SequenceNumber);
    }

    internal static UnseenCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        return new UnseenCode(reader.ReadNzNumber());
    }
}
