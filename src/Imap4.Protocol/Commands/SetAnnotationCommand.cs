using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// SETANNOTATION (Cyrus, draft-daboo-imap-annotatemore): <c>SETANNOTATION mailbox entry (attribute value ...)</c>, or a
/// parenthesised list of such entries. Values are nstrings (NIL removes). One entry is written bare, several as a list;
/// entry and attribute names are written as quoted strings.
/// </summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Entries">The entries to set (at least one).</param>
public sealed record SetAnnotationCommand(MailboxName Mailbox, IReadOnlyList<AnnotationEntry> Entries) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "SETANNOTATION";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(Entries);
        if (Entries.Count == 0) throw new InvalidOperationException("SETANNOTATION needs at least one entry");
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        writer.WriteSpace();
        if (Entries.Count > 1) writer.WriteByte((byte)'(');
        for (int i = 0; i < Entries.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            WriteEntry(writer, Entries[i]);
        }
        if (Entries.Count > 1) writer.WriteByte((byte)')');
    }

    private static void WriteEntry(ImapWriter writer, AnnotationEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        writer.WriteString(entry.Entry);
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

    /// <summary>Reads <c>SP mailbox SP (setentryatt / "(" setentryatt *(SP setentryatt) ")")</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static SetAnnotationCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        MailboxName mailbox = reader.ReadMailbox();
        reader.ReadSpace();
        var entries = new List<AnnotationEntry>();
        if (!reader.TryEnterList()) entries.Add(ReadEntry(ref reader));
        else
        {
            do entries.Add(ReadEntry(ref reader));
            while (reader.TryReadSpace());
            reader.ExitList();
        }
        return new SetAnnotationCommand(mailbox, entries);
    }

    /// <summary>setentryatt: <c>entry SP "(" attrib SP value *(SP attrib SP value) ")"</c>.</summary>
    private static AnnotationEntry ReadEntry(ref ImapReader reader)
    {
        long start = reader.Position;
        string entry = reader.ReadAString();
        if (entry.Length == 0) throw new ImapParseException(start, "empty annotation entry name");
        reader.ReadSpace();
        reader.EnterList();
        var attributes = new List<KeyValuePair<string, string?>>();
        do
        {
            start = reader.Position;
            string attribute = reader.ReadAString();
            if (attribute.Length == 0) throw new ImapParseException(start, "empty annotation attribute name");
            reader.ReadSpace();
            attributes.Add(new(attribute, reader.ReadNString()));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return new AnnotationEntry(entry, attributes);
    }

    /// <inheritdoc />
    public bool Equals(SetAnnotationCommand? other) =>
        other is not null && Equals(Mailbox, other.Mailbox) && ValueEquality.Equal(Entries, other.Entries);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mailbox, ValueEquality.Hash(Entries));
}
