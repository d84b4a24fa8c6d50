using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>DELETE mailbox</c> (RFC 9051 section 6.3.5).</summary>
/// <param name="Mailbox">The mailbox.</param>
public sealed record DeleteCommand(MailboxName Mailbox) : ImapCommand
{
    private readonly MailboxName _mailbox = Mailbox ?? throw new ArgumentNullException(nameof(Mailbox));

    /// <summary>The mailbox.</summary>
    public MailboxName Mailbox { get => _mailbox; init => _mailbox = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <inheritdoc/>
    public override string Name => "DELETE";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
    }

    internal static DeleteCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected mailbox");
        return new DeleteCommand(reader.ReadMailbox());
    }
}
