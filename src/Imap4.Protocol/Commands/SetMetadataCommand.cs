using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// SETMETADATA (RFC 5464): <c>SETMETADATA mailbox (entry value ...)</c>; a NIL value removes the entry. The empty mailbox
/// name means the server's own annotations.
/// </summary>
/// <param name="Mailbox">The mailbox, or <c>new MailboxName("")</c> for server metadata.</param>
/// <param name="Values">The entries and values (at least one).</param>
public sealed record SetMetadataCommand(MailboxName Mailbox, IReadOnlyList<MetadataEntryValue> Values) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "SETMETADATA";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(Values);
        if (Values.Count == 0) throw new InvalidOperationException("SETMETADATA needs at least one entry");
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        writer.WriteRaw(" ("u8);
        for (int i = 0; i < Values.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(Values[i]);
            if (i > 0) writer.WriteSpace();
            writer.WriteAString(Values[i].Entry);
            writer.WriteSpace();
            MetadataSyntax.WriteValue(writer, Values[i].Value);
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>Reads <c>SP mailbox SP "(" entry SP value *(SP entry SP value) ")"</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static SetMetadataCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        MailboxName mailbox = reader.ReadMailbox();
        reader.ReadSpace();
        reader.EnterList();
        var values = new List<MetadataEntryValue>();
        do
        {
            string entry = MetadataSyntax.ReadEntry(ref reader);
            reader.ReadSpace();
            values.Add(new MetadataEntryValue(entry, MetadataSyntax.ReadValue(ref reader)));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return new SetMetadataCommand(mailbox, values);
    }

    /// <inheritdoc />
    public bool Equals(SetMetadataCommand? other) =>
        other is not null && Equals(Mailbox, other.Mailbox) && ValueEquality.Equal(Values, other.Values);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mailbox, ValueEquality.Hash(Values));
}
