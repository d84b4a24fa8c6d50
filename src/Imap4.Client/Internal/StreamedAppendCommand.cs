using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Client.Internal;

/// <summary>One message of a streamed APPEND: its attributes, announced size, and where its bytes come from.</summary>
internal sealed record StreamedAppendPart(Stream Content, long Length, bool Binary, IReadOnlyList<Flag>? Flags, DateTimeOffset? InternalDate)
{
    /// <summary>Writes <c> (flags) "date" {n}</c> up to and including the literal announcement.</summary>
    public void WriteHeader(ImapWriter writer)
    {
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

/// <summary>
/// APPEND (MULTIAPPEND with several parts) up to and including the first message's literal announcement; the
/// connection then streams each message's bytes, writes the next message's header between them, and the final CRLF.
/// </summary>
internal sealed record StreamedAppendCommand(MailboxName Mailbox, IReadOnlyList<StreamedAppendPart> Parts) : ImapCommand
{
    public override string Name => "APPEND";

    public override void WriteArguments(ImapWriter writer)
    {
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        Parts[0].WriteHeader(writer);
    }
}
