using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>A folder as LIST described it.</summary>
/// <param name="Name">The name for display and for passing back to the client: decoded, or in wire form when
/// <see cref="ImapClient.DecodeFolderNames"/> is off.</param>
/// <param name="Mailbox">The name in protocol form (always decoded).</param>
/// <param name="Delimiter">The hierarchy delimiter, or null for a flat namespace.</param>
/// <param name="Attributes">The mailbox attributes (<c>\Noselect</c>, <c>\HasChildren</c>, <c>\Sent</c>...).</param>
public sealed record FolderInfo(string Name, MailboxName Mailbox, char? Delimiter, IReadOnlyList<MailboxAttribute> Attributes)
{
    /// <summary>The special use the server marked (RFC 6154), or <see cref="Client.SpecialUse.None"/>.</summary>
    public SpecialUse SpecialUse => SpecialUseNames.Of(Attributes);

    /// <summary>False for <c>\Noselect</c> and <c>\NonExistent</c> folders, which cannot be selected.</summary>
    public bool IsSelectable => !Has(MailboxAttribute.NoSelect) && !Has(MailboxAttribute.NonExistent);

    /// <summary>True when <c>\Subscribed</c> was returned (LIST-EXTENDED) or the folder came from a subscription listing.</summary>
    public bool IsSubscribed { get; init; }

    /// <summary>True or false when the server said (<c>\HasChildren</c>, <c>\HasNoChildren</c>, <c>\Noinferiors</c>); else null.</summary>
    public bool? HasChildren =>
        Has(MailboxAttribute.HasChildren) ? true
        : Has(MailboxAttribute.HasNoChildren) || Has(MailboxAttribute.NoInferiors) ? false
        : null;

    /// <summary>The STATUS data returned with the listing (LIST-STATUS), or null.</summary>
    public FolderStatus? Status { get; init; }

    /// <summary>True when the folder has this attribute.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <returns>Whether it is present.</returns>
    public bool Has(MailboxAttribute attribute)
    {
        foreach (MailboxAttribute a in Attributes)
            if (a == attribute) return true;
        return false;
    }

    /// <summary>The name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
