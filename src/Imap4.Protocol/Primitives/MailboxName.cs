namespace Imap4.Protocol.Primitives;

/// <summary>
/// A mailbox name in Unicode. The name <c>INBOX</c> in any case is the inbox: it compares equal to
/// <see cref="Inbox"/> and is normalised to <c>INBOX</c>. Every other name compares ordinally (case-sensitive),
/// as servers may treat names case-sensitively. Hierarchy below INBOX (<c>inbox/x</c>) is not case-folded here,
/// because the delimiter is not known to this type.
/// </summary>
public sealed class MailboxName : IEquatable<MailboxName>
{
    private const string InboxName = "INBOX";

    /// <summary>The inbox.</summary>
    public static MailboxName Inbox { get; } = new(InboxName);

    /// <summary>Creates a mailbox name, validating it.</summary>
    /// <param name="name">The Unicode name. It may be empty (the <c>LIST "" ""</c> reply names the root).</param>
    /// <exception cref="ArgumentException">The name contains NUL or a lone surrogate.</exception>
    public MailboxName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('\0', StringComparison.Ordinal))
            throw new ArgumentException("A mailbox name cannot contain NUL.", nameof(name));
        if (!ModifiedUtf7.IsWellFormed(name))
            throw new ArgumentException("A mailbox name cannot contain a lone surrogate.", nameof(name));
        Name = IsInboxName(name) ? InboxName : name;
    }

    /// <summary>The Unicode name (<c>INBOX</c> in upper case when it is the inbox).</summary>
    public string Name { get; }

    /// <summary>True when this is the inbox.</summary>
    public bool IsInbox => ReferenceEquals(Name, InboxName);

    /// <summary>The name as sent on the wire, before any quoting.</summary>
    /// <param name="utf8">True when UTF-8 names are in use (IMAP4rev2 or <c>UTF8=ACCEPT</c> enabled): the name is sent as
    /// is. Otherwise it is encoded in modified UTF-7.</param>
    public string ToWire(bool utf8) => utf8 ? Name : ModifiedUtf7.Encode(Name);

    /// <summary>Interprets a name received from a peer.</summary>
    /// <param name="raw">The name after unquoting (a UTF-8 string decoded to .NET).</param>
    /// <param name="utf8">True when UTF-8 names are in use: the name is taken as given, without modified UTF-7
    /// decoding (an IMAP4rev2 server may still send modified UTF-7 to a client that also speaks rev1; it is kept as sent).
    /// Otherwise the name is decoded from modified UTF-7.</param>
    /// <exception cref="ImapParseException">The name is not canonical modified UTF-7, or contains NUL or a lone
    /// surrogate. Its position is unknown (-1); callers that know where the name started may rethrow with it.</exception>
    public static MailboxName FromWire(string raw, bool utf8)
    {
        ArgumentNullException.ThrowIfNull(raw);
        string name = raw;
        if (!utf8)
        {
            try { name = ModifiedUtf7.Decode(raw); }
            catch (FormatException e) { throw new ImapParseException($"invalid modified UTF-7 mailbox name: {e.Message}", e); }
        }
        try { return new MailboxName(name); }
        catch (ArgumentException e) { throw new ImapParseException(e.Message, e); }
    }

    private static bool IsInboxName(string name) => name.Equals(InboxName, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public bool Equals(MailboxName? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MailboxName);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The Unicode name.</summary>
    public override string ToString() => Name;

    /// <summary>Equality by name (INBOX case-insensitively).</summary>
    public static bool operator ==(MailboxName? left, MailboxName? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by name.</summary>
    public static bool operator !=(MailboxName? left, MailboxName? right) => !(left == right);
}
