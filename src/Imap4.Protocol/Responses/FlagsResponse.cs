using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* FLAGS (flags)</c>: the flags defined in the selected mailbox.</summary>
public sealed record FlagsResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="flags">The flags.</param>
    public FlagsResponse(IEnumerable<Flag> flags) => Flags = ValueList<Flag>.Of(flags, nameof(flags));

    /// <summary>The flags.</summary>
    public IReadOnlyList<Flag> Flags { get; }

    /// <inheritdoc />
    public override string Keyword => "FLAGS";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        writer.WriteRaw("FLAGS "u8);
        writer.WriteFlagList(Flags);
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static FlagsResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        return new FlagsResponse(reader.ReadFlagList());
    }
}
