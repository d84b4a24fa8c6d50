using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>Maps <see cref="SpecialUse"/> to mailbox attributes and to the names servers without SPECIAL-USE commonly use.</summary>
internal static class SpecialUseNames
{
    public static SpecialUse Of(IReadOnlyList<MailboxAttribute> attributes)
    {
        foreach (MailboxAttribute a in attributes)
        {
            SpecialUse use = Of(a);
            if (use != SpecialUse.None) return use;
        }
        return SpecialUse.None;
    }

    public static SpecialUse Of(MailboxAttribute attribute) =>
        attribute == MailboxAttribute.All ? SpecialUse.All
        : attribute == MailboxAttribute.Archive ? SpecialUse.Archive
        : attribute == MailboxAttribute.Drafts ? SpecialUse.Drafts
        : attribute == MailboxAttribute.Flagged ? SpecialUse.Flagged
        : attribute == MailboxAttribute.Junk ? SpecialUse.Junk
        : attribute == MailboxAttribute.Sent ? SpecialUse.Sent
        : attribute == MailboxAttribute.Trash ? SpecialUse.Trash
        : SpecialUse.None;

    public static MailboxAttribute AttributeOf(SpecialUse use) => use switch
    {
        SpecialUse.All => MailboxAttribute.All,
        SpecialUse.Archive => MailboxAttribute.Archive,
        SpecialUse.Drafts => MailboxAttribute.Drafts,
        SpecialUse.Flagged => MailboxAttribute.Flagged,
        SpecialUse.Junk => MailboxAttribute.Junk,
        SpecialUse.Sent => MailboxAttribute.Sent,
        SpecialUse.Trash => MailboxAttribute.Trash,
        _ => throw new ArgumentOutOfRangeException(nameof(use), use, "Not a special use."),
    };

    /// <summary>Folder names (last hierarchy level, case-insensitive) that mean a special use on servers that do not mark it.</summary>
    public static IReadOnlyList<string> CommonNames(SpecialUse use) => use switch
    {
        SpecialUse.Sent => ["Sent", "Sent Items", "Sent Messages", "Sent Mail", "Sent Elements"],
        SpecialUse.Drafts => ["Drafts", "Draft"],
        SpecialUse.Trash => ["Trash", "Deleted Items", "Deleted Messages", "Deleted", "Bin"],
        SpecialUse.Junk => ["Junk", "Spam", "Junk E-mail", "Junk Mail", "Bulk Mail"],
        SpecialUse.Archive => ["Archive", "Archives"],
        SpecialUse.All => ["All Mail", "All"],
        SpecialUse.Flagged => ["Flagged", "Starred"],
        _ => [],
    };
}
