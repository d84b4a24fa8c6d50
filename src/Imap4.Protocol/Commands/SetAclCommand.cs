using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// SETACL (RFC 4314): <c>SETACL mailbox identifier [+|-]rights</c>: replaces, adds to or removes from the rights of an
/// identifier on a mailbox.
/// </summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Identifier">The user or group (astring), e.g. <c>anyone</c>; a leading <c>-</c> names negative rights.</param>
/// <param name="Action">Replace (no prefix), add (<c>+</c>) or remove (<c>-</c>).</param>
/// <param name="Rights">The rights without prefix: lower-case letters and digits, e.g. <c>lrswi</c>; may be empty.</param>
public sealed record SetAclCommand(MailboxName Mailbox, string Identifier, StoreAction Action, string Rights) : ImapCommand
{
    /// <summary>The rights without prefix.</summary>
    public string Rights { get; init => field = AclSyntax.CheckRights(value, nameof(Rights)); } = AclSyntax.CheckRights(Rights, nameof(Rights));

    /// <inheritdoc />
    public override string Name => "SETACL";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        AclSyntax.WriteMailboxAndIdentifier(writer, Mailbox, Identifier ?? throw new InvalidOperationException("no identifier"));
        writer.WriteSpace();
        string prefix = Action switch { StoreAction.Add => "+", StoreAction.Remove => "-", _ => "" };
        writer.WriteAString(prefix + Rights);
    }

    /// <summary>Reads <c>SP mailbox SP identifier SP mod-rights</c>; mod-rights is an astring with an optional +/- prefix.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static SetAclCommand Parse(ref ImapReader reader, bool isUid)
    {
        MailboxName mailbox = AclSyntax.ReadMailbox(ref reader);
        string identifier = AclSyntax.ReadIdentifier(ref reader);
        reader.ReadSpace();
        long start = reader.Position;
        string rights = reader.ReadAString();
        StoreAction action = rights.StartsWith('+') ? StoreAction.Add : rights.StartsWith('-') ? StoreAction.Remove : StoreAction.Replace;
        if (action != StoreAction.Replace) rights = rights[1..];
        if (!AclSyntax.IsRights(rights)) throw new ImapParseException(start, $"rights '{rights}' must be lower-case letters and digits");
        return new SetAclCommand(mailbox, identifier, action, rights);
    }
}
