using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>UID EXPUNGE sequence-set</c> (RFC 9051 section 6.4.9, UIDPLUS RFC 4315): expunges only the \Deleted messages whose
/// UIDs are in the set. The ABNF takes a sequence-set, so <c>*</c> and <c>$</c> (SEARCHRES) are accepted.
/// </summary>
/// <param name="Uids">The UIDs.</param>
public sealed record UidExpungeCommand(SequenceSet Uids) : ImapCommand
{
    private readonly SequenceSet _uids = Uids ?? throw new ArgumentNullException(nameof(Uids));

    /// <summary>The UIDs.</summary>
    public SequenceSet Uids { get => _uids; init => _uids = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>Creates the command from a set of UIDs without <c>*</c>.</summary>
    /// <param name="uids">The UIDs.</param>
    public UidExpungeCommand(UidSet uids) : this((uids ?? throw new ArgumentNullException(nameof(uids))).ToSequenceSet())
    {
    }

    /// <inheritdoc/>
    public override string Name => "UID EXPUNGE";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteSequenceSet(Uids);
    }

    internal static UidExpungeCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        return new UidExpungeCommand(reader.ReadSequenceSet());
    }
}
