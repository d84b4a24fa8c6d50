using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// GETANNOTATION (Cyrus, draft-daboo-imap-annotatemore): <c>GETANNOTATION mailbox entries attributes</c>, where entries
/// and attributes are one string or a list, e.g. <c>GETANNOTATION INBOX "/comment" ("value.priv" "value.shared")</c>.
/// Entries and attributes may hold the wildcards * and %. They are written as quoted strings, as the draft's grammar
/// says; atoms are accepted too.
/// </summary>
/// <param name="Mailbox">The mailbox (may hold wildcards).</param>
/// <param name="Entries">Entry names or patterns (at least one).</param>
/// <param name="Attributes">Attribute names or patterns (at least one), e.g. <c>value.shared</c>.</param>
public sealed record GetAnnotationCommand(MailboxName Mailbox, IReadOnlyList<string> Entries, IReadOnlyList<string> Attributes) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "GETANNOTATION";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(Entries);
        ArgumentNullException.ThrowIfNull(Attributes);
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        writer.WriteSpace();
        ExtensionSyntax.WriteOneOrList(writer, Entries, quoted: true);
        writer.WriteSpace();
        ExtensionSyntax.WriteOneOrList(writer, Attributes, quoted: true);
    }

    /// <summary>Reads <c>SP mailbox SP entries SP attribs</c>, each of entries and attribs a string or a list of strings.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static GetAnnotationCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        MailboxName mailbox = reader.ReadMailbox();
        reader.ReadSpace();
        List<string> entries = ExtensionSyntax.ReadOneOrList(ref reader);
        reader.ReadSpace();
        return new GetAnnotationCommand(mailbox, entries, ExtensionSyntax.ReadOneOrList(ref reader));
    }

    /// <inheritdoc />
    public bool Equals(GetAnnotationCommand? other) =>
        other is not null && Equals(Mailbox, other.Mailbox) && ValueEquality.Equal(Entries, other.Entries)
        && ValueEquality.Equal(Attributes, other.Attributes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mailbox, ValueEquality.Hash(Entries), ValueEquality.Hash(Attributes));
}
