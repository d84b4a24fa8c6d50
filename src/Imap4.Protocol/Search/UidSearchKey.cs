using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary><c>UID sequence-set</c>: messages with these UIDs (<c>*</c> and <c>$</c> allowed).</summary>
/// <param name="Set">The UIDs.</param>
public sealed record UidSearchKey(SequenceSet Set) : SearchKey
{
    /// <summary>The UIDs.</summary>
    public SequenceSet Set { get; } = Set ?? throw new ArgumentNullException(nameof(Set));

    /// <inheritdoc />
    public override bool RequiresCharset => false;

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteName(writer, "UID");
        writer.WriteSequenceSet(Set);
    }
}
