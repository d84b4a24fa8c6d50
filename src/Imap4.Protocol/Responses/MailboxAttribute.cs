using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// A mailbox attribute in a LIST, LSUB or XLIST response (<c>\Noselect</c>, <c>\HasChildren</c>, special-use
/// <c>\Sent</c>, ...). Compared case-insensitively; any other <c>\atom</c> is kept as sent.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The RFC term is mailbox attribute; this is not a .NET attribute.")]
public sealed class MailboxAttribute : IEquatable<MailboxAttribute>
{
    /// <summary><c>\Noinferiors</c>: no child mailbox can exist.</summary>
    public static MailboxAttribute NoInferiors { get; } = new(@"\Noinferiors", true);

    /// <summary><c>\Noselect</c>: the name cannot be selected.</summary>
    public static MailboxAttribute NoSelect { get; } = new(@"\Noselect", true);

    /// <summary><c>\HasChildren</c> (RFC 3348, RFC 5258).</summary>
    public static MailboxAttribute HasChildren { get; } = new(@"\HasChildren", true);

    /// <summary><c>\HasNoChildren</c> (RFC 3348, RFC 5258).</summary>
    public static MailboxAttribute HasNoChildren { get; } = new(@"\HasNoChildren", true);

    /// <summary><c>\Marked</c>: probably has new messages.</summary>
    public static MailboxAttribute Marked { get; } = new(@"\Marked", true);

    /// <summary><c>\Unmarked</c>: no new messages.</summary>
    public static MailboxAttribute Unmarked { get; } = new(@"\Unmarked", true);

    /// <summary><c>\Subscribed</c> (RFC 5258).</summary>
    public static MailboxAttribute Subscribed { get; } = new(@"\Subscribed", true);

    /// <summary><c>\Remote</c>: on a remote server (RFC 5258).</summary>
    public static MailboxAttribute Remote { get; } = new(@"\Remote", true);

    /// <summary><c>\NonExistent</c>: the name does not exist (RFC 5258).</summary>
    public static MailboxAttribute NonExistent { get; } = new(@"\NonExistent", true);

    /// <summary><c>\All</c>: all messages (SPECIAL-USE, RFC 6154).</summary>
    public static MailboxAttribute All { get; } = new(@"\All", true);

    /// <summary><c>\Archive</c>: archived messages (RFC 6154).</summary>
    public static MailboxAttribute Archive { get; } = new(@"\Archive", true);

    /// <summary><c>\Drafts</c>: drafts (RFC 6154).</summary>
    public static MailboxAttribute Drafts { get; } = new(@"\Drafts", true);

    /// <summary><c>\Flagged</c>: flagged messages (RFC 6154).</summary>
    public static MailboxAttribute Flagged { get; } = new(@"\Flagged", true);

    /// <summary><c>\Junk</c>: spam (RFC 6154).</summary>
    public static MailboxAttribute Junk { get; } = new(@"\Junk", true);

    /// <summary><c>\Sent</c>: sent messages (RFC 6154).</summary>
    public static MailboxAttribute Sent { get; } = new(@"\Sent", true);

    /// <summary><c>\Trash</c>: deleted messages (RFC 6154).</summary>
    public static MailboxAttribute Trash { get; } = new(@"\Trash", true);

    private static readonly MailboxAttribute[] WellKnown =
    [
        NoInferiors, NoSelect, HasChildren, HasNoChildren, Marked, Unmarked, Subscribed, Remote, NonExistent,
        All, Archive, Drafts, Flagged, Junk, Sent, Trash,
    ];

    /// <summary>Creates an attribute, validating it.</summary>
    /// <param name="value"><c>\</c> followed by an atom (or, tolerated from old servers, a bare atom).</param>
    /// <exception cref="ArgumentException">The value is not an attribute.</exception>
    public MailboxAttribute(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!ImapChars.IsAtom(value.StartsWith('\\') ? value.AsSpan(1) : value))
            throw new ArgumentException($"'{value}' is not a mailbox attribute (\\atom).", nameof(value));
        Value = value;
    }

    private MailboxAttribute(string value, bool _) => Value = value;

    /// <summary>The attribute as written on the wire, e.g. <c>\HasNoChildren</c>.</summary>
    public string Value { get; }

    /// <summary>True for the SPECIAL-USE attributes (RFC 6154): \All, \Archive, \Drafts, \Flagged, \Junk, \Sent, \Trash.</summary>
    public bool IsSpecialUse => this == All || this == Archive || this == Drafts || this == Flagged || this == Junk || this == Sent || this == Trash;

    /// <summary>Parses an attribute received from a peer (shared instances for well-known ones).</summary>
    /// <param name="bytes">The attribute, backslash included.</param>
    /// <returns>The attribute.</returns>
    /// <exception cref="ImapParseException">The bytes are not <c>\atom</c> or an atom.</exception>
    public static MailboxAttribute Parse(ReadOnlySpan<byte> bytes)
    {
        foreach (MailboxAttribute a in WellKnown)
            if (Ascii.EqualsIgnoreCase(bytes, a.Value)) return a;
        int start = !bytes.IsEmpty && bytes[0] == '\\' ? 1 : 0;
        if (!ImapChars.IsAtom(bytes[start..])) throw new ImapParseException(start, "a mailbox attribute is \\ followed by an atom");
        return new MailboxAttribute(Encoding.ASCII.GetString(bytes), true);
    }

    /// <inheritdoc />
    public bool Equals(MailboxAttribute? other) =>
        other is not null && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MailboxAttribute);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The wire form, e.g. <c>\Noselect</c>.</summary>
    public override string ToString() => Value;

    /// <summary>Case-insensitive equality.</summary>
    public static bool operator ==(MailboxAttribute? left, MailboxAttribute? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Case-insensitive inequality.</summary>
    public static bool operator !=(MailboxAttribute? left, MailboxAttribute? right) => !(left == right);
}
