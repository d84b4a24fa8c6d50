using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// The criteria of SEARCH, SORT and THREAD: one or more search keys separated by SP, all of which must match.
/// A command holds them as one <see cref="SearchKey"/>: several keys are an <see cref="AndSearchKey"/> written without
/// its parentheses.
/// </summary>
/// <remarks>
/// The mapping is one-to-one, so every tree writes and parses back to itself and every program parses and writes back
/// byte for byte: a group of two or more keys is written bare (<c>a b</c>); a group whose only key is, through more
/// one-key groups, such a group has one level of parentheses removed (an AND of the group <c>(a b)</c> is written
/// <c>(a b)</c>); every other key is written as it is. Reading undoes exactly that.
/// </remarks>
public static class SearchProgram
{
    /// <summary>Writes the criteria (no leading SP).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="criteria">The criteria.</param>
    public static void Write(ImapWriter writer, SearchKey criteria)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria is AndSearchKey and)
        {
            if (and.Keys.Count >= 2)
            {
                and.WriteKeys(writer);
                return;
            }
            if (EndsInGroup(and))
            {
                and.Keys[0].Write(writer);
                return;
            }
        }
        criteria.Write(writer);
    }

    /// <summary>Reads search keys up to the end of the line (a trailing SP is tolerated, as some clients send it).</summary>
    /// <param name="reader">The reader, at the first key.</param>
    /// <returns>The criteria.</returns>
    /// <exception cref="ImapParseException">Malformed criteria.</exception>
    public static SearchKey Read(ref ImapReader reader)
    {
        var keys = new List<SearchKey> { SearchKey.Read(ref reader) };
        while (reader.TryReadSpace() && !reader.IsAtEndOfLine) keys.Add(SearchKey.Read(ref reader));
        if (keys.Count >= 2) return new AndSearchKey(keys);
        return EndsInGroup(keys[0]) ? new AndSearchKey(keys) : keys[0];
    }

    /// <summary>True for a group of two or more keys, possibly wrapped in one-key groups.</summary>
    private static bool EndsInGroup(SearchKey key)
    {
        while (key is AndSearchKey { Keys.Count: 1 } single) key = single.Keys[0];
        return key is AndSearchKey;
    }
}
