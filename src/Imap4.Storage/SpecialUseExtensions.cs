using Imap4.Protocol.Responses;

namespace Imap4.Storage;

/// <summary>Conversions between <see cref="SpecialUse"/> and LIST attributes.</summary>
public static class SpecialUseExtensions
{
    private static readonly (SpecialUse Use, MailboxAttribute Attribute)[] Table =
    [
        (SpecialUse.All, MailboxAttribute.All),
        (SpecialUse.Archive, MailboxAttribute.Archive),
        (SpecialUse.Drafts, MailboxAttribute.Drafts),
        (SpecialUse.Flagged, MailboxAttribute.Flagged),
        (SpecialUse.Junk, MailboxAttribute.Junk),
        (SpecialUse.Sent, MailboxAttribute.Sent),
        (SpecialUse.Trash, MailboxAttribute.Trash),
        (SpecialUse.Important, new MailboxAttribute(@"\Important")),
    ];

    /// <summary>The LIST attributes for these uses, in RFC order.</summary>
    /// <param name="use">The uses.</param>
    public static IReadOnlyList<MailboxAttribute> ToAttributes(this SpecialUse use)
    {
        var list = new List<MailboxAttribute>();
        foreach ((SpecialUse u, MailboxAttribute a) in Table)
            if ((use & u) != 0) list.Add(a);
        return list;
    }

    /// <summary>The special use an attribute stands for, or <see cref="SpecialUse.None"/> when it is not one.</summary>
    /// <param name="attribute">A LIST attribute such as <c>\Sent</c>.</param>
    public static SpecialUse FromAttribute(MailboxAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        foreach ((SpecialUse u, MailboxAttribute a) in Table)
            if (a == attribute) return u;
        return SpecialUse.None;
    }
}
