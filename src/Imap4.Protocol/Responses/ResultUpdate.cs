using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Responses;

/// <summary>One <c>context-position SP sequence-set</c> pair of ADDTO / REMOVEFROM (RFC 5267).</summary>
/// <param name="Position">Where in the result the messages go (or went); 0 when the result is unordered.</param>
/// <param name="Messages">The messages added or removed.</param>
public readonly record struct ResultUpdate(uint Position, SequenceSet Messages)
{
    /// <summary>The messages added or removed.</summary>
    public SequenceSet Messages { get; } = Messages ?? throw new ArgumentNullException(nameof(Messages));
}
