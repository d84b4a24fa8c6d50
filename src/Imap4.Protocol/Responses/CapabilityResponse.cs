using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* CAPABILITY caps</c>: the server's capabilities.</summary>
public sealed record CapabilityResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="capabilities">The capabilities, in server order.</param>
    public CapabilityResponse(IEnumerable<Capability> capabilities) =>
        Capabilities = ValueList<Capability>.Of(capabilities, nameof(capabilities));

    /// <summary>The capabilities, in server order.</summary>
    public IReadOnlyList<Capability> Capabilities { get; }

    /// <inheritdoc />
    public override string Keyword => "CAPABILITY";

    /// <summary>True when the server announced <paramref name="capability"/> (case-insensitive).</summary>
    /// <param name="capability">The capability.</param>
    /// <returns>Whether it is present.</returns>
    public bool Has(Capability capability)
    {
        foreach (Capability c in Capabilities)
            if (c == capability) return true;
        return false;
    }

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        writer.WriteRaw("CAPABILITY"u8);
        ResponseSyntax.WriteCapabilities(writer, Capabilities);
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static CapabilityResponse Parse(ref ImapReader reader, uint number) =>
        new(ResponseSyntax.ReadCapabilities(ref reader));
}
