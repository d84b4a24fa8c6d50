using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// <c>BODYSTRUCTURE body</c> or the non-extensible <c>BODY body</c>: the message's MIME structure.
/// </summary>
/// <param name="Body">The structure.</param>
/// <param name="IsExtensible">True for BODYSTRUCTURE, false for BODY (whose parts carry no extension data).</param>
public sealed record BodyStructureItem(BodyStructure Body, bool IsExtensible = true) : FetchItem
{
    /// <inheritdoc />
    public override string Name => IsExtensible ? "BODYSTRUCTURE" : "BODY";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(IsExtensible ? "BODYSTRUCTURE "u8 : "BODY "u8);
        Body.Write(writer);
    }
}
