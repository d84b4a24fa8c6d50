using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary><c>RENAME existing-mailbox new-mailbox</c> (RFC 9051 section 6.3.6). Rename parameters (RFC 4466) are not supported.</summary>
/// <param name="From">The existing mailbox.</param>
/// <param name="To">The new name.</param>
public sealed record RenameCommand(MailboxName From, MailboxName To) : ImapCommand
{
    private readonly MailboxName _from = From ?? throw new ArgumentNullException(nameof(From));
    private readonly MailboxName _to = To ?? throw new ArgumentNullException(nameof(To));

    /// <summary>The existing mailbox.</summary>
    public MailboxName From { get => _from; init => _from = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The new name.</summary>
    public MailboxName To { get => _to; init => _to = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <inheritdoc/>
    public override string Name => "RENAME";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteMailbox(From);
        writer.WriteSpace();
        writer.WriteMailbox(To);
    }

    internal static RenameCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected mailbox");
        MailboxName from = reader.ReadMailbox();
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected new mailbox name");
        return new RenameCommand(from, reader.ReadMailbox());
    }
}
