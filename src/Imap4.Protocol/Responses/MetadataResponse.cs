using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>* METADATA mailbox (entry value ...)</c> (RFC 5464): annotation values, the reply to GETMETADATA. The mailbox is
/// empty for server annotations. (The unsolicited form without values is <see cref="MetadataChangeResponse"/>.)
/// </summary>
public sealed record MetadataResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="mailbox">The mailbox, or the empty name for server annotations.</param>
    /// <param name="entries">The entries (at least one).</param>
    public MetadataResponse(MailboxName mailbox, IEnumerable<MetadataEntry> entries)
    {
        Mailbox = mailbox ?? throw new ArgumentNullException(nameof(mailbox));
        Entries = ValueList<MetadataEntry>.Of(entries, nameof(entries));
        if (Entries.Count == 0) throw new ArgumentException("A METADATA response has at least one entry.", nameof(entries));
    }

    /// <summary>The mailbox (empty for server annotations).</summary>
    public MailboxName Mailbox { get; }

    /// <summary>The entries and their values.</summary>
    public IReadOnlyList<MetadataEntry> Entries { get; }

    /// <inheritdoc />
    public override string Keyword => "METADATA";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("METADATA "u8);
        writer.WriteMailbox(Mailbox);
        writer.WriteRaw(" ("u8);
        for (int i = 0; i < Entries.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteAString(Entries[i].Name);
            writer.WriteSpace();
            Entries[i].WriteValue(writer);
        }
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    /// <summary>Either form: SP mailbox SP ("(" entry SP value *(SP entry SP value) ")" / entry *(SP entry)).</summary>
    internal static UntaggedResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        MailboxName mailbox = reader.ReadMailbox();
        reader.ReadSpace();
        if (!reader.TryEnterList()) return MetadataChangeResponse.ReadEntries(ref reader, mailbox);
        var entries = new List<MetadataEntry>();
        do
        {
            string name = reader.ReadAString();
            reader.ReadSpace();
            entries.Add(new MetadataEntry(name, MetadataEntry.ReadValue(ref reader)));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return new MetadataResponse(mailbox, entries);
    }
}
