using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>PREVIEW nstring</c>: a short plain-text preview of the message (RFC 8970).</summary>
/// <param name="Preview">The preview (UTF-8), or null when none is available (NIL).</param>
public sealed record PreviewItem(string? Preview) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "PREVIEW";

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("PREVIEW "u8);
        writer.WriteNString(Preview);
    }
}
