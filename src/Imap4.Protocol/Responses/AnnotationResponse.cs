using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>* ANNOTATION mailbox entry (attribute value ...) ...</c>: the Cyrus ANNOTATEMORE draft's reply to GETANNOTATION
/// (an entry without a list is a change notice).
/// </summary>
public sealed record AnnotationResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="mailbox">The mailbox, or the empty name for server annotations.</param>
    /// <param name="entries">The entries (at least one).</param>
    public AnnotationResponse(MailboxName mailbox, IEnumerable<AnnotationEntry> entries)
    {
        Mailbox = mailbox ?? throw new ArgumentNullException(nameof(mailbox));
        Entries = ValueList<AnnotationEntry>.Of(entries, nameof(entries));
        if (Entries.Count == 0) throw new ArgumentException("An ANNOTATION response has at least one entry.", nameof(entries));
    }

    /// <summary>The mailbox.</summary>
    public MailboxName Mailbox { get; }

    /// <summary>The entries.</summary>
    public IReadOnlyList<AnnotationEntry> Entries { get; }

    /// <inheritdoc />
    public override string Keyword => "ANNOTATION";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("ANNOTATION "u8);
        writer.WriteString(Mailbox.ToWire(writer.Options.Utf8));
        foreach (AnnotationEntry entry in Entries)
        {
            writer.WriteSpace();
            writer.WriteString(entry.Name);
            if (entry.Attributes.Count == 0) continue;
            writer.WriteRaw(" ("u8);
            for (int i = 0; i < entry.Attributes.Count; i++)
            {
                if (i > 0) writer.WriteSpace();
                writer.WriteString(entry.Attributes[i].Key);
                writer.WriteSpace();
                writer.WriteNString(entry.Attributes[i].Value);
            }
            writer.WriteByte((byte)')');
        }
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static AnnotationResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        MailboxName mailbox = reader.ReadMailbox();
        var entries = new List<AnnotationEntry>();
        reader.ReadSpace();
        while (true)
        {
            string name = reader.ReadAString();
            var attributes = new List<KeyValuePair<string, string?>>();
            bool space = reader.TryReadSpace();
            if (space && reader.TryEnterList())
            {
                ReadAttributes(ref reader, attributes);
                space = reader.TryReadSpace();
            }
            entries.Add(new AnnotationEntry(name, attributes));
            if (!space || reader.IsAtEndOfLine) break; // a trailing SP is tolerated
        }
        return new AnnotationResponse(mailbox, entries);
    }

    private static void ReadAttributes(ref ImapReader reader, List<KeyValuePair<string, string?>> attributes)
    {
        if (reader.TryExitList()) return;
        do
        {
            string name = reader.ReadAString();
            reader.ReadSpace();
            attributes.Add(new(name, reader.ReadNString()));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
    }
}
