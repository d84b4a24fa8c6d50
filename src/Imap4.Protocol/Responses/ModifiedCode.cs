using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>[MODIFIED set]</c> (RFC 7162): the messages a conditional STORE did not change because they were modified since
/// the given mod-sequence (UIDs for UID STORE, else sequence numbers).
/// </summary>
/// <param name="Messages">The messages that failed the UNCHANGEDSINCE test.</param>
public sealed record ModifiedCode(SequenceSet Messages) : ResponseCode("MODIFIED")
{
    /// <summary>The messages that were not stored.</summary>
    public SequenceSet Messages { get; } = Messages ?? throw new ArgumentNullException(nameof(Messages));

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteSequenceSet(Messages);
    }

    internal static ModifiedCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        return new ModifiedCode(reader.ReadSequenceSet());
    }
}
