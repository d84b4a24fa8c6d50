using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>RFC822</c>, <c>RFC822.HEADER</c> or <c>RFC822.TEXT</c> with an nstring (IMAP4rev1 only).</summary>
/// <param name="Part">Which of the three items.</param>
/// <param name="Content">The bytes, or null for NIL.</param>
public sealed record Rfc822Item(Rfc822Part Part, ReadOnlyMemory<byte>? Content) : FetchItem
{
    /// <inheritdoc />
    public override string Name => Part switch
    {
        Rfc822Part.Header => "RFC822.HEADER",
        Rfc822Part.Text => "RFC822.TEXT",
        _ => "RFC822",
    };

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(Name);
        writer.WriteSpace();
        FetchValues.WriteContent(writer, Content);
    }

    /// <inheritdoc />
    public bool Equals(Rfc822Item? other) => other is not null && Part == other.Part && ValueEquality.Equal(Content, other.Content);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Part, ValueEquality.Hash(Content));
}
