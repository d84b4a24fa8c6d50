using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>Arguments shared by the ACL commands (RFC 4314): mailbox, identifier and rights.</summary>
internal static class AclSyntax
{
    /// <summary>True when every character is an ASCII lower-case letter or digit (RFC 4314 rights).</summary>
    public static bool IsRights(string rights)
    {
        foreach (char c in rights)
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9'))) return false;
        return true;
    }

    /// <summary>Validates rights given by a caller.</summary>
    public static string CheckRights(string rights, string name)
    {
        ArgumentNullException.ThrowIfNull(rights, name);
        if (!IsRights(rights)) throw new ArgumentException($"rights '{rights}' must be lower-case letters and digits", name);
        return rights;
    }

    /// <summary>Reads <c>SP mailbox</c>.</summary>
    public static MailboxName ReadMailbox(ref ImapReader reader)
    {
        reader.ReadSpace();
        return reader.ReadMailbox();
    }

    /// <summary>Reads <c>SP identifier</c>.</summary>
    public static string ReadIdentifier(ref ImapReader reader)
    {
        reader.ReadSpace();
        return reader.ReadAString();
    }

    /// <summary>Writes <c>SP mailbox [SP identifier]</c>.</summary>
    public static void WriteMailboxAndIdentifier(ImapWriter writer, MailboxName mailbox, string? identifier)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteMailbox(mailbox);
        if (identifier is null) return;
        writer.WriteSpace();
        writer.WriteAString(identifier);
    }
}
