using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>STATUS mailbox (items)</c> (RFC 9051 section 6.3.11). Unknown items are rejected on parse, so that the server
/// answers BAD.
/// </summary>
public sealed record StatusCommand : ImapCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="items">The items asked for (at least one).</param>
    /// <exception cref="ArgumentException">No items, or an undefined item.</exception>
    public StatusCommand(MailboxName mailbox, IEnumerable<StatusItem> items)
    {
        Mailbox = mailbox ?? throw new ArgumentNullException(nameof(mailbox));
        Items = StatusItemNames.Check(items, nameof(items));
    }

    /// <summary>The mailbox.</summary>
    public MailboxName Mailbox { get; }

    /// <summary>The items asked for, in order.</summary>
    public IReadOnlyList<StatusItem> Items { get; }

    /// <inheritdoc/>
    public override string Name => "STATUS";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        writer.WriteSpace();
        StatusItemNames.WriteList(writer, Items);
    }

    /// <inheritdoc/>
    public bool Equals(StatusCommand? other) =>
        other is not null && Mailbox == other.Mailbox && ValueEquality.Equal(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Mailbox, ValueEquality.Hash(Items));

    /// <inheritdoc/>
    public override string ToString() => $"StatusCommand {{ Name = STATUS, Mailbox = {Mailbox}, Items = {CoreSyntax.Join(Items)} }}";

    internal static StatusCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected mailbox");
        MailboxName mailbox = reader.ReadMailbox();
        reader.ReadSpace();
        return new StatusCommand(mailbox, StatusItemNames.ReadList(ref reader));
    }
}
