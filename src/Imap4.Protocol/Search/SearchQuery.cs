using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Search;

/// <summary>
/// Builds search keys: <c>SearchQuery.From("alice") &amp; SearchQuery.Since(new DateOnly(2024, 1, 1)) &amp; !SearchQuery.Seen</c>.
/// AND flattens nested ANDs into one list, OR of many keys is a balanced chain (depth log2 n, so servers' nesting
/// limits are not hit), and NOT of NOT cancels out.
/// </summary>
public static partial class SearchQuery
{
    /// <summary>Every key must match. Groups among the keys are flattened; a single key is returned as it is.</summary>
    /// <param name="keys">At least one key.</param>
    /// <returns>The conjunction.</returns>
    /// <exception cref="ArgumentException">No key given.</exception>
    public static SearchKey And(params SearchKey[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var flat = new List<SearchKey>(keys.Length);
        foreach (SearchKey k in keys)
        {
            ArgumentNullException.ThrowIfNull(k, nameof(keys));
            if (k is AndSearchKey group) flat.AddRange(group.Keys);
            else flat.Add(k);
        }
        if (flat.Count == 0) throw new ArgumentException("At least one key is needed.", nameof(keys));
        return flat.Count == 1 ? flat[0] : new AndSearchKey(flat);
    }

    /// <summary>
    /// Any key matches: <c>OR a b</c> for two keys, a balanced tree of ORs for more (a single key is returned as it is).
    /// </summary>
    /// <param name="keys">At least one key.</param>
    /// <returns>The disjunction.</returns>
    /// <exception cref="ArgumentException">No key given.</exception>
    public static SearchKey Or(params SearchKey[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0) throw new ArgumentException("At least one key is needed.", nameof(keys));
        foreach (SearchKey k in keys) ArgumentNullException.ThrowIfNull(k, nameof(keys));
        return Balanced(keys);
    }

    private static SearchKey Balanced(ReadOnlySpan<SearchKey> keys)
    {
        if (keys.Length == 1) return keys[0];
        int half = keys.Length / 2;
        return new OrSearchKey(Balanced(keys[..half]), Balanced(keys[half..]));
    }

    /// <summary>The key does not match; the negation of a NOT is its operand.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The negation.</returns>
    public static SearchKey Not(SearchKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key is NotSearchKey not ? not.Key : new NotSearchKey(key);
    }

    /// <summary>Messages with these sequence numbers (a bare sequence-set).</summary>
    /// <param name="set">The numbers.</param>
    /// <returns>The key.</returns>
    public static SearchKey Messages(SequenceSet set) => new SequenceSetSearchKey(set);

    /// <summary><c>$</c>: the messages saved by the last <c>SEARCH RETURN (SAVE)</c> (RFC 5182).</summary>
    public static SearchKey SavedResult { get; } = new SequenceSetSearchKey(SequenceSet.SavedResult);

    /// <summary><c>UID set</c>.</summary>
    /// <param name="uids">The UIDs.</param>
    /// <returns>The key.</returns>
    public static SearchKey Uid(UidSet uids)
    {
        ArgumentNullException.ThrowIfNull(uids);
        return new UidSearchKey(uids.ToSequenceSet());
    }

    /// <summary><c>UID set</c>, where the set may use <c>*</c> or <c>$</c>.</summary>
    /// <param name="uids">The UIDs.</param>
    /// <returns>The key.</returns>
    public static SearchKey Uid(SequenceSet uids) => new UidSearchKey(uids);

    /// <summary><c>HEADER name value</c>.</summary>
    /// <param name="fieldName">The header field name.</param>
    /// <param name="value">The text to find; empty matches every message that has the field.</param>
    /// <returns>The key.</returns>
    public static SearchKey Header(string fieldName, string value) => new HeaderSearchKey(fieldName, value);

    /// <summary><c>KEYWORD flag</c>.</summary>
    /// <param name="keyword">A keyword (not a system flag).</param>
    /// <returns>The key.</returns>
    public static SearchKey Keyword(Flag keyword) => new KeywordSearchKey(keyword);

    /// <summary><c>KEYWORD flag</c>.</summary>
    /// <param name="keyword">A keyword, e.g. <c>$Junk</c>.</param>
    /// <returns>The key.</returns>
    public static SearchKey Keyword(string keyword) => new KeywordSearchKey(new Flag(keyword));

    /// <summary><c>UNKEYWORD flag</c>.</summary>
    /// <param name="keyword">A keyword (not a system flag).</param>
    /// <returns>The key.</returns>
    public static SearchKey Unkeyword(Flag keyword) => new KeywordSearchKey(keyword, Negated: true);

    /// <summary><c>UNKEYWORD flag</c>.</summary>
    /// <param name="keyword">A keyword, e.g. <c>$Junk</c>.</param>
    /// <returns>The key.</returns>
    public static SearchKey Unkeyword(string keyword) => new KeywordSearchKey(new Flag(keyword), Negated: true);

    /// <summary>
    /// The key that selects messages by a system flag: <c>HasFlag(Flag.Seen)</c> is <c>SEEN</c>, a keyword gives
    /// <c>KEYWORD</c>.
    /// </summary>
    /// <param name="flag">The flag (\Answered, \Deleted, \Draft, \Flagged, \Recent, \Seen or a keyword).</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The flag has no search key (e.g. <c>\*</c>).</exception>
    public static SearchKey HasFlag(Flag flag) => FlagKey(flag, set: true);

    /// <summary>The negated form of <see cref="HasFlag"/>: <c>UNSEEN</c>, <c>UNKEYWORD k</c>, <c>OLD</c> for \Recent.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>The key.</returns>
    public static SearchKey LacksFlag(Flag flag) => FlagKey(flag, set: false);

    private static SearchKey FlagKey(Flag flag, bool set)
    {
        ArgumentNullException.ThrowIfNull(flag);
        if (flag.IsKeyword) return new KeywordSearchKey(flag, Negated: !set);
        SimpleSearchKind? kind = flag.Value.ToUpperInvariant() switch
        {
            "\\ANSWERED" => set ? SimpleSearchKind.Answered : SimpleSearchKind.Unanswered,
            "\\DELETED" => set ? SimpleSearchKind.Deleted : SimpleSearchKind.Undeleted,
            "\\DRAFT" => set ? SimpleSearchKind.Draft : SimpleSearchKind.Undraft,
            "\\FLAGGED" => set ? SimpleSearchKind.Flagged : SimpleSearchKind.Unflagged,
            "\\SEEN" => set ? SimpleSearchKind.Seen : SimpleSearchKind.Unseen,
            "\\RECENT" => set ? SimpleSearchKind.Recent : SimpleSearchKind.Old,
            _ => null,
        };
        return kind is { } k ? Simple(k) : throw new ArgumentException($"No search key selects by {flag}.", nameof(flag));
    }

    /// <summary><c>MODSEQ n</c> (RFC 7162): changed at or after mod-sequence <paramref name="modSeq"/>.</summary>
    /// <param name="modSeq">The mod-sequence.</param>
    /// <returns>The key.</returns>
    public static SearchKey ModSeq(ulong modSeq) => new ModSeqSearchKey(modSeq);

    /// <summary><c>MODSEQ "/flags/flag" type n</c> (RFC 7162): the flag changed at or after <paramref name="modSeq"/>.</summary>
    /// <param name="modSeq">The mod-sequence.</param>
    /// <param name="flag">The flag whose metadata item is meant.</param>
    /// <param name="entryType">Private, shared or both.</param>
    /// <returns>The key.</returns>
    public static SearchKey ModSeq(ulong modSeq, Flag flag, ModSeqEntryType entryType = ModSeqEntryType.All) =>
        new ModSeqSearchKey(modSeq, ModSeqSearchKey.EntryNameOf(flag), entryType);

    /// <summary><c>EMAILID id</c> (RFC 8474).</summary>
    /// <param name="id">The object id.</param>
    /// <returns>The key.</returns>
    public static SearchKey EmailId(string id) => new ObjectIdSearchKey(ObjectIdField.EmailId, id);

    /// <summary><c>THREADID id</c> (RFC 8474).</summary>
    /// <param name="id">The object id.</param>
    /// <returns>The key.</returns>
    public static SearchKey ThreadId(string id) => new ObjectIdSearchKey(ObjectIdField.ThreadId, id);
}
