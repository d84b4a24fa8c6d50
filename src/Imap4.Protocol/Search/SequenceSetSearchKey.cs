using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>A bare sequence-set: messages with these sequence numbers; <c>$</c> is the saved result (RFC 5182).</summary>
/// <param name="Set">The message sequence numbers.</param>
public sealed record SequenceSetSearchKey(SequenceSet Set) : SearchKey
{
    /// <summary>The message sequence numbers.</summary>
    public SequenceSet Set { get; } = Set ?? throw new ArgumentNullException(nameof(Set));

    /// <inheritdoc />
    public override bool RequiresCharset => false;

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSequenceSet(Set);
    }
}
