using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>[CAPABILITY caps]</c>: the server's capabilities, sent in a greeting or after authentication.</summary>
public sealed record CapabilityCode : ResponseCode
{
    /// <summary>Creates the code.</summary>
    /// <param name="capabilities">The capabilities.</param>
    public CapabilityCode(IReadOnlyList<Capability> capabilities)
        : base("CAPABILITY")
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        Capabilities = ValueList<Capability>.Of(capabilities, nameof(capabilities));
    }

    /// <summary>The capabilities, in server order.</summary>
    public IReadOnlyList<Capability> Capabilities { get; }

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ResponseSyntax.WriteCapabilities(writer, Capabilities);
    }

    internal static CapabilityCode Parse(ref ImapReader reader, string name) =>
        new(ResponseSyntax.ReadCapabilities(ref reader));
}
