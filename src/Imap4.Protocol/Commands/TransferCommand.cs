using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>What COPY and MOVE share: <c>[UID] verb sequence-set mailbox</c>.</summary>
/// <param name="Messages">Message numbers, or UIDs when <see cref="IsUid"/>.</param>
/// <param name="Destination">The target mailbox.</param>
public abstract record TransferCommand(SequenceSet Messages, MailboxName Destination) : ImapCommand
{
    private readonly SequenceSet _messages = Messages ?? throw new ArgumentNullException(nameof(Messages));
    private readonly MailboxName _destination = Destination ?? throw new ArgumentNullException(nameof(Destination));

    /// <summary>Message numbers, or UIDs when <see cref="IsUid"/>.</summary>
    public SequenceSet Messages { get => _messages; init => _messages = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The target mailbox.</summary>
    public MailboxName Destination { get => _destination; init => _destination = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>True for the UID form: <see cref="Messages"/> holds UIDs.</summary>
    public bool IsUid { get; init; }

    /// <summary>The verb, <c>COPY</c> or <c>MOVE</c>.</summary>
    protected abstract string Verb { get; }

    /// <inheritdoc/>
    public override string Name => IsUid ? "UID " + Verb : Verb;

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteSequenceSet(Messages);
        writer.WriteSpace();
        writer.WriteMailbox(Destination);
    }

    /// <summary>Reads <c>SP sequence-set SP mailbox</c>.</summary>
    private protected static (SequenceSet Messages, MailboxName Destination) ReadArguments(ref ImapReader reader)
    {
        reader.ReadSpace();
        SequenceSet messages = reader.ReadSequenceSet();
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected mailbox");
        return (messages, reader.ReadMailbox());
    }
}
