using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>COPY sequence-set mailbox</c> and <c>UID COPY</c> (RFC 9051 section 6.4.7).</summary>
/// <param name="Messages">Message numbers, or UIDs when <see cref="TransferCommand.IsUid"/>.</param>
/// <param name="Destination">The target mailbox.</param>
public sealed record CopyCommand(SequenceSet Messages, MailboxName Destination) : TransferCommand(Messages, Destination)
{
    /// <inheritdoc/>
    protected override string Verb => "COPY";

    internal static CopyCommand Parse(ref ImapReader reader, bool isUid)
    {
        var (messages, destination) = ReadArguments(ref reader);
        return new CopyCommand(messages, destination) { IsUid = isUid };
    }
}
