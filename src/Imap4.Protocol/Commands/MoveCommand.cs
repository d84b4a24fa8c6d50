using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>MOVE sequence-set mailbox</c> and <c>UID MOVE</c> (RFC 9051 section 6.4.8, RFC 6851).</summary>
/// <param name="Messages">Message numbers, or UIDs when <see cref="TransferCommand.IsUid"/>.</param>
/// <param name="Destination">The target mailbox.</param>
public sealed record MoveCommand(SequenceSet Messages, MailboxName Destination) : TransferCommand(Messages, Destination)
{
    /// <inheritdoc/>
    protected override string Verb => "MOVE";

    internal static MoveCommand Parse(ref ImapReader reader, bool isUid)
    {
        var (messages, destination) = ReadArguments(ref reader);
        return new MoveCommand(messages, destination) { IsUid = isUid };
    }
}
