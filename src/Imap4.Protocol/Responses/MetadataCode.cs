using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>[METADATA LONGENTRIES n]</c>, <c>[METADATA MAXSIZE n]</c>, <c>[METADATA TOOMANY]</c> or <c>[METADATA NOPRIVATE]</c> (RFC 5464).</summary>
public sealed record MetadataCode : ResponseCode
{
    /// <summary>Creates the code.</summary>
    /// <param name="kind">Which METADATA code.</param>
    /// <param name="value">The number, required for LONGENTRIES and MAXSIZE and forbidden otherwise.</param>
    public MetadataCode(MetadataCodeKind kind, uint? value = null)
        : base("METADATA")
    {
        bool needsValue = kind is MetadataCodeKind.LongEntries or MetadataCodeKind.MaxSize;
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind));
        if (needsValue != value.HasValue) throw new ArgumentException($"METADATA {kind} {(needsValue ? "needs" : "takes no")} number", nameof(value));
        Kind = kind;
        Value = value;
    }

    /// <summary>Which code.</summary>
    public MetadataCodeKind Kind { get; }

    /// <summary>The size for LONGENTRIES and MAXSIZE, else null.</summary>
    public uint? Value { get; }

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteRaw(Kind switch
        {
            MetadataCodeKind.LongEntries => "LONGENTRIES",
            MetadataCodeKind.MaxSize => "MAXSIZE",
            MetadataCodeKind.TooMany => "TOOMANY",
            _ => "NOPRIVATE",
        });
        if (Value is { } v)
        {
            writer.WriteSpace();
            writer.WriteNumber(v);
        }
    }

    internal static MetadataCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        if (reader.TryReadKeyword("TOOMANY"u8)) return new MetadataCode(MetadataCodeKind.TooMany);
        if (reader.TryReadKeyword("NOPRIVATE"u8)) return new MetadataCode(MetadataCodeKind.NoPrivate);
        MetadataCodeKind kind = MetadataCodeKind.LongEntries;
        if (reader.TryReadKeyword("MAXSIZE"u8)) kind = MetadataCodeKind.MaxSize;
        else reader.ExpectKeyword("LONGENTRIES"u8);
        reader.ReadSpace();
        return new MetadataCode(kind, reader.ReadNumber());
    }
}
