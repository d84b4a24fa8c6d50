using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* ENABLED caps</c> (RFC 5161): the extensions an ENABLE command turned on (possibly none).</summary>
public sealed record EnabledResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="capabilities">The capabilities enabled.</param>
    public EnabledResponse(IEnumerable<Capability> capabilities) =>
        Capabilities = ValueList<Capability>.Of(capabilities, nameof(capabilities));

    /// <summary>The capabilities enabled.</summary>
    public IReadOnlyList<Capability> Capabilities { get; }

    /// <inheritdoc />
    public override string Keyword => "ENABLED";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        writer.WriteRaw("ENABLED"u8);
        ResponseSyntax.WriteCapabilities(writer, Capabilities);
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static EnabledResponse Parse(ref ImapReader reader, uint number) =>
        new(ResponseSyntax.ReadCapabilities(ref reader));
}
