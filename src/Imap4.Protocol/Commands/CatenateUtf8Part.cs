using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// A CATENATE <c>UTF8 (literal8)</c> part (RFC 6855 section 4): message text with UTF-8 headers (RFC 6532), sent only after
/// <c>ENABLE UTF8=ACCEPT</c>.
/// </summary>
public sealed record CatenateUtf8Part : CatenatePart
{
    /// <summary>Creates the part.</summary>
    /// <param name="text">The bytes.</param>
    public CatenateUtf8Part(ReadOnlyMemory<byte> text) => Text = text;

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Text { get; }

    internal override void Write(ImapWriter writer) => Utf8Literal.Write(writer, Text.Span);

    /// <inheritdoc/>
    public bool Equals(CatenateUtf8Part? other) => other is not null && Text.Span.SequenceEqual(other.Text.Span);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueEquality.Hash(Text);

    /// <inheritdoc/>
    public override string ToString() => $"UTF8 <{Text.Length} bytes>";
}
