using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>A TEXT/* part (body-type-text): a single part with its size in lines.</summary>
public sealed class TextBody : SinglePartBody
{
    /// <summary>Creates a text part.</summary>
    /// <param name="mediaSubtype">The subtype, e.g. <c>PLAIN</c>.</param>
    /// <param name="parameters">Content-Type parameters, or null.</param>
    /// <param name="id">Content-ID, or null.</param>
    /// <param name="description">Content-Description, or null.</param>
    /// <param name="encoding">Content-Transfer-Encoding.</param>
    /// <param name="size">Size in octets.</param>
    /// <param name="lines">Size in lines; null when a server left it out (tolerated).</param>
    /// <param name="mediaType">The type as sent (<c>TEXT</c> in any case).</param>
    public TextBody(string mediaSubtype, IReadOnlyList<BodyParameter>? parameters, string? id, string? description,
        string? encoding, uint size, ulong? lines, string mediaType = "TEXT")
        : base(mediaType, mediaSubtype, parameters, id, description, encoding, size)
    {
        Lines = lines;
    }

    /// <summary>Size of the body in text lines, or null when the server did not send it.</summary>
    public ulong? Lines { get; }

    private protected override void WriteTypeFields(ImapWriter writer)
    {
        if (Lines is not { } lines) return;
        writer.WriteSpace();
        writer.WriteNumber(lines);
    }
}
