using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>MYRIGHTS (RFC 4314): <c>MYRIGHTS mailbox</c> asks for the rights the current user has on a mailbox.</summary>
/// <param name="Mailbox">The mailbox.</param>
public sealed record MyRightsCommand(MailboxName Mailbox) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "MYRIGHTS";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer) => AclSyntax.WriteMailboxAndIdentifier(writer, Mailbox, null);

    /// <summary>Reads <c>SP mailbox</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static MyRightsCommand Parse(ref ImapReader reader, bool isUid)
    {
        return new MyRightsCommand(AclSyntax.ReadMailbox(ref reader));
    }
}
