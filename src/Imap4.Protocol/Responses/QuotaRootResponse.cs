using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* QUOTAROOT mailbox root ...</c> (RFC 9208): the quota roots a mailbox belongs to (possibly none).</summary>
public sealed record QuotaRootResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="roots">Its quota roots.</param>
    public QuotaRootResponse(MailboxName mailbox, IEnumerable<string> roots)
    {
        Mailbox = mailbox ?? throw new ArgumentNullException(nameof(mailbox));
        Roots = ValueList<string>.Of(roots, nameof(roots));
    }

    /// <summary>The mailbox.</summary>
    public MailboxName Mailbox { get; }

    /// <summary>Its quota roots.</summary>
    public IReadOnlyList<string> Roots { get; }

    /// <inheritdoc />
    public override string Keyword => "QUOTAROOT";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("QUOTAROOT "u8);
        writer.WriteMailbox(Mailbox);
        foreach (string root in Roots)
        {
            writer.WriteSpace();
            writer.WriteString(root);
        }
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static QuotaRootResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        MailboxName mailbox = reader.ReadMailbox();
        var roots = new List<string>();
        while (reader.TryReadSpace() && !reader.IsAtEndOfLine) roots.Add(reader.ReadAString());
        return new QuotaRootResponse(mailbox, roots);
    }
}
