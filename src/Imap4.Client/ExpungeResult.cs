using Imap4.Protocol.Primitives;

namespace Imap4.Client;

/// <summary>What EXPUNGE removed.</summary>
/// <param name="SequenceNumbers">The sequence numbers of EXPUNGE responses, in order (each relative to the mailbox
/// after the previous ones were removed, as IMAP reports them).</param>
/// <param name="Vanished">The UIDs of VANISHED responses (when QRESYNC is enabled), else null.</param>
public sealed record ExpungeResult(IReadOnlyList<uint> SequenceNumbers, UidSet? Vanished)
{
    /// <summary>How many messages were removed.</summary>
    public long Count => SequenceNumbers.Count + (Vanished?.CountDistinct() ?? 0);
}
