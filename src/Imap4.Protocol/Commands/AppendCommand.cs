using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>APPEND mailbox [flags] [date-time] message</c> (RFC 9051 section 6.3.12), with several messages for MULTIAPPEND
/// (RFC 3502), literal8 content for BINARY (RFC 3516) and CATENATE (RFC 4469).
/// </summary>
public sealed record AppendCommand : ImapCommand
{
    /// <summary>Creates an APPEND of one message.</summary>
    /// <param name="mailbox">The target mailbox.</param>
    /// <param name="message">The message.</param>
    public AppendCommand(MailboxName mailbox, AppendMessage message) : this(mailbox, [message])
    {
    }

    /// <summary>Creates an APPEND of one or more messages (more than one needs MULTIAPPEND).</summary>
    /// <param name="mailbox">The target mailbox.</param>
    /// <param name="messages">The messages, at least one.</param>
    /// <exception cref="ArgumentException">No messages.</exception>
    public AppendCommand(MailboxName mailbox, IEnumerable<AppendMessage> messages)
    {
        Mailbox = mailbox ?? throw new ArgumentNullException(nameof(mailbox));
        Messages = CoreSyntax.Freeze(messages, nameof(messages));
        if (Messages.Count == 0) throw new ArgumentException("APPEND needs at least one message.", nameof(messages));
    }

    /// <summary>The target mailbox.</summary>
    public MailboxName Mailbox { get; }

    /// <summary>The messages, in order.</summary>
    public IReadOnlyList<AppendMessage> Messages { get; }

    /// <inheritdoc/>
    public override string Name => "APPEND";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        foreach (AppendMessage message in Messages) message.Write(writer);
    }

    /// <inheritdoc/>
    public bool Equals(AppendCommand? other) =>
        other is not null && Mailbox == other.Mailbox && ValueEquality.Equal(Messages, other.Messages);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Mailbox, ValueEquality.Hash(Messages));

    /// <inheritdoc/>
    public override string ToString() =>
        $"AppendCommand {{ Name = APPEND, Mailbox = {Mailbox}, Messages = {CoreSyntax.Join(Messages)} }}";

    internal static AppendCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected mailbox");
        MailboxName mailbox = reader.ReadMailbox();
        var messages = new List<AppendMessage>();
        do
        {
            messages.Add(AppendMessage.Read(ref reader));
        }
        while (reader.TryPeek(out byte b) && b == ' ');
        return new AppendCommand(mailbox, messages);
    }
}
