using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>* METADATA mailbox entry ...</c> (RFC 5464): an unsolicited notice that these entries changed; fetch them with
/// GETMETADATA to get the values.
/// </summary>
public sealed record MetadataChangeResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="mailbox">The mailbox, or the empty name for server annotations.</param>
    /// <param name="entries">The names of the changed entries (at least one).</param>
    public MetadataChangeResponse(MailboxName mailbox, IEnumerable<string> entries)
    {
        Mailbox = mailbox ?? throw new ArgumentNullException(nameof(mailbox));
        Entries = ValueList<string>.Of(entries, nameof(entries));
        if (Entries.Count == 0) throw new ArgumentException("A METADATA response has at least one entry.", nameof(entries));
    }

    /// <summary>The mailbox (empty for server annotations).</summary>
    public MailboxName Mailbox { get; }

    /// <summary>The changed entry names.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <inheritdoc />
    public override string Keyword => "METADATA";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("METADATA "u8);
        writer.WriteMailbox(Mailbox);
        foreach (string entry in Entries)
        {
            writer.WriteSpace();
            writer.WriteAString(entry);
        }
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static MetadataChangeResponse ReadEntries(ref ImapReader reader, MailboxName mailbox)
    {
        var entries = new List<string>();
        do
        {
            entries.Add(reader.ReadAString());
        }
        while (reader.TryReadSpace() && !reader.IsAtEndOfLine);
        return new MetadataChangeResponse(mailbox, entries);
    }
}
