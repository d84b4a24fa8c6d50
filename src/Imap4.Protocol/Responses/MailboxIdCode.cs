using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>[MAILBOXID (id)]</c> (RFC 8474): the object id of a mailbox just created.</summary>
/// <param name="MailboxId">The objectid: 1 to 255 letters, digits, "_" or "-".</param>
public sealed record MailboxIdCode(string MailboxId) : ResponseCode("MAILBOXID")
{
    /// <summary>The mailbox's object id.</summary>
    public string MailboxId { get; } = ObjectIds.IsValid(MailboxId)
        ? MailboxId
        : throw new ArgumentException($"'{MailboxId}' is not an objectid", nameof(MailboxId));

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(" ("u8);
        writer.WriteRaw(MailboxId);
        writer.WriteByte((byte)')');
    }

    internal static MailboxIdCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        return new MailboxIdCode(ObjectIds.Read(ref reader));
    }
}
