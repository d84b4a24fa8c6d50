using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* ACL mailbox identifier rights ...</c> (RFC 4314): a mailbox's access control list.</summary>
public sealed record AclResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="entries">The entries (possibly none).</param>
    public AclResponse(MailboxName mailbox, IEnumerable<AclEntry> entries)
    {
        Mailbox = mailbox ?? throw new ArgumentNullException(nameof(mailbox));
        Entries = ValueList<AclEntry>.Of(entries, nameof(entries));
        foreach (AclEntry e in Entries)
            if (e.Identifier is null || e.Rights is null) throw new ArgumentException("ACL identifiers and rights cannot be null.", nameof(entries));
    }

    /// <summary>The mailbox.</summary>
    public MailboxName Mailbox { get; }

    /// <summary>The entries, in server order.</summary>
    public IReadOnlyList<AclEntry> Entries { get; }

    /// <inheritdoc />
    public override string Keyword => "ACL";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("ACL "u8);
        writer.WriteMailbox(Mailbox);
        foreach (AclEntry e in Entries)
        {
            writer.WriteSpace();
            writer.WriteAString(e.Identifier);
            writer.WriteSpace();
            writer.WriteAString(e.Rights);
        }
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static AclResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        MailboxName mailbox = reader.ReadMailbox();
        var entries = new List<AclEntry>();
        while (reader.TryReadSpace() && !reader.IsAtEndOfLine)
        {
            string identifier = reader.ReadAString();
            reader.ReadSpace();
            entries.Add(new AclEntry(identifier, reader.ReadAString()));
        }
        return new AclResponse(mailbox, entries);
    }
}
