using Imap4.Protocol.Primitives;

namespace Imap4.Storage;

/// <summary>
/// Mailbox name rules shared by every store: the hierarchy delimiter is <c>/</c>, <c>INBOX</c> is case-insensitive
/// also as the first level of a hierarchy (<c>inbox/x</c> is <c>INBOX/x</c>), and names have no empty levels.
/// </summary>
public static class MailboxPath
{
    /// <summary>The hierarchy delimiter.</summary>
    public const char Delimiter = '/';

    private const string Inbox = "INBOX";

    /// <summary>
    /// The canonical form of a name: one trailing delimiter removed (CREATE's "intends to create inferiors"),
    /// the first level folded to <c>INBOX</c> when it is the inbox.
    /// </summary>
    /// <param name="name">The name as given by a client.</param>
    /// <exception cref="MailStoreException">With <see cref="MailStoreError.Cannot"/> when the name is empty, has an
    /// empty level (leading or doubled delimiter) or contains a LIST wildcard (<c>%</c>, <c>*</c>).</exception>
    public static string Normalize(MailboxName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string s = name.Name;
        if (s.Length > 1 && s[^1] == Delimiter) s = s[..^1];
        if (s.Length == 0) throw Invalid(name, "it is empty");
        if (s.AsSpan().IndexOfAny('%', '*') >= 0) throw Invalid(name, "it contains a wildcard");
        if (s[0] == Delimiter || s[^1] == Delimiter || s.Contains("//", StringComparison.Ordinal))
            throw Invalid(name, "it has an empty hierarchy level");
        int end = s.IndexOf(Delimiter, StringComparison.Ordinal);
        ReadOnlySpan<char> first = end < 0 ? s : s.AsSpan(0, end);
        if (first.Equals(Inbox, StringComparison.OrdinalIgnoreCase)) s = Inbox + s[first.Length..];
        return s;
    }

    /// <summary>True when <paramref name="canonical"/> names the inbox.</summary>
    /// <param name="canonical">A normalized name.</param>
    public static bool IsInbox(string canonical) => canonical == Inbox;

    /// <summary>The parent of a normalized name, or null at the top level.</summary>
    /// <param name="canonical">A normalized name.</param>
    public static string? GetParent(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        int i = canonical.LastIndexOf(Delimiter);
        return i < 0 ? null : canonical[..i];
    }

    /// <summary>Every superior name of a normalized name, outermost first (<c>a/b/c</c> gives <c>a</c>, <c>a/b</c>).</summary>
    /// <param name="canonical">A normalized name.</param>
    public static IEnumerable<string> GetAncestors(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        for (int i = canonical.IndexOf(Delimiter); i >= 0; i = canonical.IndexOf(Delimiter, i + 1))
            yield return canonical[..i];
    }

    /// <summary>True when <paramref name="name"/> lies below <paramref name="ancestor"/> in the hierarchy.</summary>
    /// <param name="name">A normalized name.</param>
    /// <param name="ancestor">A normalized name.</param>
    public static bool IsInferior(string name, string ancestor)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(ancestor);
        return name.Length > ancestor.Length + 1 && name[ancestor.Length] == Delimiter
            && name.StartsWith(ancestor, StringComparison.Ordinal);
    }

    private static MailStoreException Invalid(MailboxName name, string why) =>
        new(MailStoreError.Cannot, $"Invalid mailbox name \"{name}\": {why}.");
}
