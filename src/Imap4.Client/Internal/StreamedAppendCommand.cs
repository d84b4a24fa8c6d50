using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Client.Internal;

/// <summary>
/// APPEND up to and including the message's literal announcement; the message bytes follow from a stream
/// (<see cref="StreamedLiteral"/>) and the final CRLF after them.
/// </summary>
internal sealed record StreamedAppendCommand(MailboxName Mailbox, long Length, bool Binary, IReadOnlyList<Flag>? Flags, DateTimeOffset? InternalDate) : ImapCommand
{
    public override string Name => "APPEND";

    public override void WriteArguments(ImapWriter writer)
    {
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        if (Flags is not null)
        {
            writer.WriteSpace();
            writer.WriteFlagList(Flags);
        }
        if (InternalDate is { } date)
        {
            writer.WriteSpace();
            writer.WriteDateTime(date);
        }
        writer.WriteSpace();
        writer.WriteLiteralHeader(Length, Binary);
    }
}
