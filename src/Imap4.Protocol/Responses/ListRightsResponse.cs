using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>* LISTRIGHTS mailbox identifier required optional ...</c> (RFC 4314): the rights always granted to an identifier
/// and the groups of rights that can be granted.
/// </summary>
public sealed record ListRightsResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="identifier">The identifier.</param>
    /// <param name="requiredRights">The rights always granted (may be empty).</param>
    /// <param name="optionalRights">Groups of rights that may be granted, each granted as a whole.</param>
    public ListRightsResponse(MailboxName mailbox, string identifier, string requiredRights, IEnumerable<string> optionalRights)
    {
        Mailbox = mailbox ?? throw new ArgumentNullException(nameof(mailbox));
        Identifier = identifier ?? throw new ArgumentNullException(nameof(identifier));
        RequiredRights = requiredRights ?? throw new ArgumentNullException(nameof(requiredRights));
        OptionalRights = ValueList<string>.Of(optionalRights, nameof(optionalRights));
    }

    /// <summary>The mailbox.</summary>
    public MailboxName Mailbox { get; }

    /// <summary>The identifier.</summary>
    public string Identifier { get; }

    /// <summary>The rights always granted.</summary>
    public string RequiredRights { get; }

    /// <summary>The groups of optional rights.</summary>
    public IReadOnlyList<string> OptionalRights { get; }

    /// <inheritdoc />
    public override string Keyword => "LISTRIGHTS";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("LISTRIGHTS "u8);
        writer.WriteMailbox(Mailbox);
        writer.WriteSpace();
        writer.WriteAString(Identifier);
        writer.WriteSpace();
        writer.WriteAString(RequiredRights);
        foreach (string rights in OptionalRights)
        {
            writer.WriteSpace();
            writer.WriteAString(rights);
        }
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static ListRightsResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        MailboxName mailbox = reader.ReadMailbox();
        reader.ReadSpace();
        string identifier = reader.ReadAString();
        reader.ReadSpace();
        string required = reader.ReadAString();
        var optional = new List<string>();
        while (reader.TryReadSpace() && !reader.IsAtEndOfLine) optional.Add(reader.ReadAString());
        return new ListRightsResponse(mailbox, identifier, required, optional);
    }
}
