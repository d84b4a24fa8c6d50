using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>[COPYUID uidvalidity source-uids destination-uids]</c> (RFC 4315): which UIDs a COPY or MOVE gave the copies;
/// the n-th source UID became the n-th destination UID (see <see cref="UidSet.Pair"/>).
/// </summary>
/// <param name="UidValidity">The UID validity of the destination mailbox (not zero).</param>
/// <param name="SourceUids">The copied messages' UIDs in the source mailbox.</param>
/// <param name="DestinationUids">Their UIDs in the destination mailbox.</param>
public sealed record CopyUidCode(uint UidValidity, UidSet SourceUids, UidSet DestinationUids) : ResponseCode("COPYUID")
{
    /// <summary>The UID validity of the destination mailbox.</summary>
    public uint UidValidity { get; } =
        UidValidity != 0 ? UidValidity : throw new ArgumentOutOfRangeException(nameof(UidValidity), "UIDVALIDITY is a nz-number");

    /// <summary>The source UIDs, in the order matching <see cref="DestinationUids"/>.</summary>
    public UidSet SourceUids { get; } = SourceUids ?? throw new ArgumentNullException(nameof(SourceUids));

    /// <summary>The destination UIDs.</summary>
    public UidSet DestinationUids { get; } = DestinationUids ?? throw new ArgumentNullException(nameof(DestinationUids));

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteNumber(UidValidity);
        writer.WriteSpace();
        writer.WriteUidSet(SourceUids);
        writer.WriteSpace();
        writer.WriteUidSet(DestinationUids);
    }

    internal static CopyUidCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        uint validity = reader.ReadNzNumber();
        reader.ReadSpace();
        UidSet source = reader.ReadUidSet();
        reader.ReadSpace();
        return new CopyUidCode(validity, source, reader.ReadUidSet());
    }
}
