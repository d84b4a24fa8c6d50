using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// A MESSAGE/RFC822 or MESSAGE/GLOBAL part (body-type-msg): a single part that carries the attached message's
/// envelope, body structure and size in lines.
/// </summary>
public sealed class MessageBody : SinglePartBody
{
    /// <summary>Creates an attached-message part.</summary>
    /// <param name="mediaSubtype"><c>RFC822</c> or <c>GLOBAL</c>.</param>
    /// <param name="parameters">Content-Type parameters, or null.</param>
    /// <param name="id">Content-ID, or null.</param>
    /// <param name="description">Content-Description, or null.</param>
    /// <param name="encoding">Content-Transfer-Encoding.</param>
    /// <param name="size">Size in octets.</param>
    /// <param name="envelope">The attached message's envelope.</param>
    /// <param name="body">The attached message's structure.</param>
    /// <param name="lines">Size in text lines.</param>
    /// <param name="mediaType">The type as sent (<c>MESSAGE</c> in any case).</param>
    public MessageBody(string mediaSubtype, IReadOnlyList<BodyParameter>? parameters, string? id, string? description,
        string? encoding, uint size, Envelope envelope, BodyStructure body, ulong lines, string mediaType = "MESSAGE")
        : base(mediaType, mediaSubtype, parameters, id, description, encoding, size)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(body);
        Envelope = envelope;
        Body = body;
        Lines = lines;
    }

    /// <summary>The attached message's envelope.</summary>
    public Envelope Envelope { get; }

    /// <summary>The attached message's body structure.</summary>
    public BodyStructure Body { get; }

    /// <summary>Size in text lines.</summary>
    public ulong Lines { get; }

    private protected override void WriteTypeFields(ImapWriter writer)
    {
        writer.WriteSpace();
        Envelope.Write(writer);
        writer.WriteSpace();
        Body.Write(writer);
        writer.WriteSpace();
        writer.WriteNumber(Lines);
    }
}
