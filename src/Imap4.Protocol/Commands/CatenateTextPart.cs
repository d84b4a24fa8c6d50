using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>A CATENATE <c>TEXT literal</c> part: bytes sent with the command.</summary>
public sealed record CatenateTextPart : CatenatePart
{
    /// <summary>Creates the part.</summary>
    /// <param name="text">The bytes (no NUL: a CATENATE TEXT is a plain literal).</param>
    /// <exception cref="ArgumentException">The bytes contain NUL.</exception>
    public CatenateTextPart(ReadOnlyMemory<byte> text)
    {
        if (text.Span.Contains((byte)0)) throw new ArgumentException("CATENATE TEXT cannot contain NUL.", nameof(text));
        Text = text;
    }

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Text { get; }

    internal override void Write(ImapWriter writer)
    {
        writer.WriteRaw("TEXT "u8);
        writer.WriteLiteral(Text.Span);
    }

    /// <inheritdoc/>
    public bool Equals(CatenateTextPart? other) => other is not null && Text.Span.SequenceEqual(other.Text.Span);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueEquality.Hash(Text);

    /// <inheritdoc/>
    public override string ToString() => $"TEXT <{Text.Length} bytes>";
}
