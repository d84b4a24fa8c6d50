using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>[APPENDUID uidvalidity uids]</c> (RFC 4315): the UIDs an APPEND gave the new messages.</summary>
/// <param name="UidValidity">The UID validity of the target mailbox (not zero).</param>
/// <param name="Uids">The new messages' UIDs (several with MULTIAPPEND).</param>
public sealed record AppendUidCode(uint UidValidity, UidSet Uids) : ResponseCode("APPENDUID")
{
    /// <summary>The UID validity of the target mailbox.</summary>
    public uint UidValidity { get; } =
        UidValidity != 0 ? UidValidity : throw new ArgumentOutOfRangeException(nameof(UidValidity), "UIDVALIDITY is a nz-number");

    /// <summary>The UIDs of the appended messages, in append order.</summary>
    public UidSet Uids { get; } = Uids ?? throw new ArgumentNullException(nameof(Uids));

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteNumber(UidValidity);
        writer.WriteSpace();
        writer.WriteUidSet(Uids);
    }

    internal static AppendUidCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        uint validity = reader.ReadNzNumber();
        reader.ReadSpace();
        return new AppendUidCode(validity, reader.ReadUidSet());
    }
}
