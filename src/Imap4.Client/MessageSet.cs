using Imap4.Protocol.Primitives;

namespace Imap4.Client;

/// <summary>
/// The messages a command works on: UIDs or sequence numbers, as <see cref="ImapClient.UseUid"/> says. Given as one
/// id (<c>42</c>), a list (<c>[1, 2, 3]</c>), or IMAP set text (<c>"2,4:7,9,12:*"</c>); implicit conversions make all
/// three work wherever a <see cref="MessageSet"/> is expected.
/// </summary>
public sealed class MessageSet : IEquatable<MessageSet>
{
    private MessageSet(SequenceSet set) => Set = set;

    /// <summary>Every message (<c>1:*</c>).</summary>
    public static MessageSet All { get; } = new(SequenceSet.All);

    /// <summary>The set in protocol form.</summary>
    public SequenceSet Set { get; }

    /// <summary>One message.</summary>
    /// <param name="id">The UID or sequence number (not 0).</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">The id is 0.</exception>
    public static MessageSet Of(uint id) => new(new SequenceSet(id));

    /// <summary>Several messages.</summary>
    /// <param name="ids">The ids (none 0, at least one).</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">The list is empty or holds 0.</exception>
    public static MessageSet Of(IEnumerable<uint> ids) => new(SequenceSet.FromValues(ids));

    /// <summary>Parses IMAP set text such as <c>2,4:7,9,12:*</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The set.</returns>
    /// <exception cref="FormatException">The text is not a sequence set.</exception>
    public static MessageSet Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SequenceSet.TryParse(text.Replace(" ", "", StringComparison.Ordinal), out SequenceSet? set)
            ? new MessageSet(set)
            : throw new FormatException($"'{text}' is not a message set (e.g. 2,4:7,9,12:*).");
    }

    /// <summary>Wraps a protocol sequence set.</summary>
    /// <param name="set">The set.</param>
    /// <returns>The message set.</returns>
    public static MessageSet FromSequenceSet(SequenceSet set) => new(set ?? throw new ArgumentNullException(nameof(set)));

    /// <summary>Wraps a UID set.</summary>
    /// <param name="uids">The UIDs.</param>
    /// <returns>The message set.</returns>
    public static MessageSet FromUidSet(UidSet uids) => new((uids ?? throw new ArgumentNullException(nameof(uids))).ToSequenceSet());

    /// <summary>One message.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator MessageSet(uint id) => Of(id);

    /// <summary>Several messages.</summary>
    /// <param name="ids">The ids.</param>
    public static implicit operator MessageSet(uint[] ids) => Of(ids);

    /// <summary>Several messages.</summary>
    /// <param name="ids">The ids.</param>
    public static implicit operator MessageSet(List<uint> ids) => Of(ids);

    /// <summary>The messages a search found (its UIDs, or sequence numbers when UIDs were off).</summary>
    /// <param name="result">The search result.</param>
    public static implicit operator MessageSet(SearchResult result) => Of(result ?? throw new ArgumentNullException(nameof(result)));

    /// <summary>IMAP set text.</summary>
    /// <param name="text">The text, e.g. <c>"1:*"</c>.</param>
    public static implicit operator MessageSet(string text) => Parse(text);

    /// <summary>A protocol sequence set.</summary>
    /// <param name="set">The set.</param>
    public static implicit operator MessageSet(SequenceSet set) => FromSequenceSet(set);

    /// <summary>A UID set.</summary>
    /// <param name="uids">The UIDs.</param>
    public static implicit operator MessageSet(UidSet uids) => FromUidSet(uids);

    /// <summary>True when both hold the same ranges in the same order.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(MessageSet? other) => other is not null && Set.Equals(other.Set);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MessageSet);

    /// <inheritdoc />
    public override int GetHashCode() => Set.GetHashCode();

    /// <summary>The wire form, e.g. <c>2,4:7</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Set.ToString();
}
