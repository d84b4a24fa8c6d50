using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* MYRIGHTS mailbox rights</c> (RFC 4314): the current user's rights on a mailbox.</summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Rights">The rights letters.</param>
public sealed record MyRightsResponse(MailboxName Mailbox, string Rights) : UntaggedResponse
{
    /// <summary>The mailbox.</summary>
    public MailboxName Mailbox { get; } = Mailbox ?? throw new ArgumentNullException(nameof(Mailbox));

    /// <summary>The rights letters.</summary>
    public string Rights { get; } = Rights ?? throw new ArgumentNullException(nameof(Rights));

    /// <summary>True when the rights include <paramref name="right"/> (e.g. 'r' read, 'w' write, 'i' insert).</summary>
    /// <param name="right">The right's letter.</param>
    /// <returns>Whether it is granted.</returns>
    public bool Has(char right) => Rights.Contains(right, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string Keyword => "MYRIGHTS";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("MYRIGHTS "u8);
        writer.WriteMailbox(Mailbox);
        writer.WriteSpace();
        writer.WriteAString(Rights);
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static MyRightsResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        MailboxName mailbox = reader.ReadMailbox();
        reader.ReadSpace();
        return new MyRightsResponse(mailbox, reader.ReadAString());
    }
}
