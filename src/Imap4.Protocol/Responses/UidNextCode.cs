using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>[UIDNEXT n]</c>: the UID the next message added to the mailbox will get (at least).</summary>
/// <param name="Uid">The predicted next UID (not zero).</param>
public sealed record UidNextCode(uint Uid) : ResponseCode("UIDNEXT")
{
    /// <summary>The predicted next UID.</summary>
    public uint Uid { get; } = Uid != 0 ? Uid : throw new ArgumentOutOfRangeException(nameof(Uid), "UIDNEXT is a nz-number");

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteNumber(Uid);
    }

    internal static UidNextCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        return new UidNextCode(reader.ReadNzNumber());
    }
}
