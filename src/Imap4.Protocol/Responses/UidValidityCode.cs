using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>[UIDVALIDITY n]</c>: the mailbox's UID validity value; when it changes, cached UIDs are void.</summary>
/// <param name="UidValidity">The value (not zero).</param>
public sealed record UidValidityCode(uint UidValidity) : ResponseCode("UIDVALIDITY")
{
    /// <summary>The UID validity value.</summary>
    public uint UidValidity { get; } =
        UidValidity != 0 ? UidValidity : throw new ArgumentOutOfRangeException(nameof(UidValidity), "UIDVALIDITY is a nz-number");

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteNumber(UidValidity);
    }

    internal static UidValidityCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        return new UidValidityCode(reader.ReadNzNumber());
    }
}
