using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>DELETEACL (RFC 4314): <c>DELETEACL mailbox identifier</c> removes every right of an identifier on a mailbox.</summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Identifier">The user or group (astring).</param>
public sealed record DeleteAclCommand(MailboxName Mailbox, string Identifier) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "DELETEACL";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer) => AclSyntax.WriteMailboxAndIdentifier(writer, Mailbox, Identifier ?? throw new InvalidOperationException("no identifier"));

    /// <summary>Reads <c>SP mailbox SP identifier</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static DeleteAclCommand Parse(ref ImapReader reader, bool isUid)
    {
        MailboxName mailbox = AclSyntax.ReadMailbox(ref reader);
        return new DeleteAclCommand(mailbox, AclSyntax.ReadIdentifier(ref reader));
    }
}
