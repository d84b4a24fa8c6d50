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

    /// <summary>A value beyond 32 bits is kept as a raw code (RFC 9051's own example sends UIDVALIDITY 9877410381).</summary>
    internal static ResponseCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        ulong value = reader.ReadNumber64();
        if (value > uint.MaxValue) return new ResponseCode(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (value == 0) reader.Fail("UIDVALIDITY must not be 0");
        return new UidValidityCode((uint)value);
    }
}
