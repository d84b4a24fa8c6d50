using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>GETQUOTAROOT (RFC 9208): <c>GETQUOTAROOT mailbox</c>, the quota roots of a mailbox and their quotas.</summary>
/// <param name="Mailbox">The mailbox.</param>
public sealed record GetQuotaRootCommand(MailboxName Mailbox) : ImapCommand
{
    /// <inheritdoc />
    public override string Name => "GETQUOTAROOT";

    /// <inheritdoc />
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
    }

    /// <summary>Reads <c>SP mailbox</c>.</summary>
    /// <param name="reader">The reader, after the command name.</param>
    /// <param name="isUid">Always false.</param>
    /// <returns>The command.</returns>
    internal static GetQuotaRootCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        return new GetQuotaRootCommand(reader.ReadMailbox());
    }
}
