using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>GETACL (RFC 4314): <c>GETACL mailbox</c> asks for the access control list of a mailbox.</summary>
/// <param name="Mailbox">The mailbox.</param>
public sealed record GetAclCommand(MailboxName Mailbox) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "GETACL";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer) => AclSyntax.WriteMailboxAndIdentifier(writer, Mailbox, null);

    /// <summary>Reads <c>SP mailbox</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static GetAclCommand Parse(ref ImapReader reader, bool isUid)
    {
        return new GetAclCommand(AclSyntax.ReadMailbox(ref reader));
    }
}
