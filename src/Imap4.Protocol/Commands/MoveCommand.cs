using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>MOVE sequence-set mailbox</c> and <c>UID MOVE</c> (RFC 9051 section 6.4.8, RFC 6851).</summary>
/// <param name="Messages">Message numbers, or UIDs when <see cref="IsUid"/>.</param>
/// <param name="Destination">The target mailbox.</param>
public sealed record MoveCommand(SequenceSet Messages, MailboxName Destination) : ImapCommand
{
    private readonly SequenceSet _messages = Messages ?? throw new ArgumentNullException(nameof(Messages));
    private readonly MailboxName _destination = Destination ?? throw new ArgumentNullException(nameof(Destination));

    /// <summary>Message numbers, or UIDs when <see cref="IsUid"/>.</summary>
    public SequenceSet Messages { get => _messages; init => _messages = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The target mailbox.</summary>
    public MailboxName Destination { get => _destination; init => _destination = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>True for <c>UID MOVE</c>: <see cref="Messages"/> holds UIDs.</summary>
    public bool IsUid { get; init; }

    /// <inheritdoc/>
    public override string Name => IsUid ? "UID MOVE" : "MOVE";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteSequenceSet(Messages);
        writer.WriteSpace();
        writer.WriteMailbox(Destination);
    }

    internal static MoveCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        SequenceSet messages = reader.ReadSequenceSet();
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected mailbox");
        return new MoveCommand(messages, reader.ReadMailbox()) { IsUid = isUid };
    }
}
