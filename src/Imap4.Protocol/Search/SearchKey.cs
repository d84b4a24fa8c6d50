using System.Buffers;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// One search key of SEARCH, SORT and THREAD (RFC 9051 <c>search-key</c> and its extensions): an immutable tree of
/// records. Build trees with <see cref="SearchQuery"/> and the <c>&amp;</c>, <c>|</c> and <c>!</c> operators.
/// <see cref="ToString"/> gives the wire form.
/// </summary>
/// <remarks>
/// The written form is minimal: OR and NOT take their operands without parentheses (prefix notation needs none), and
/// only an <see cref="AndSearchKey"/> is written as a parenthesised group. So <c>From("alice") | Seen</c> is written
/// <c>OR FROM alice SEEN</c>, and <c>(From("a") &amp; Seen) | Deleted</c> is written <c>OR (FROM a SEEN) DELETED</c>.
/// </remarks>
public abstract record SearchKey
{
    private static readonly ImapWriterOptions DisplayOptions =
        new() { IsClient = false, Utf8 = true, MaxQuotedLength = int.MaxValue };

    private protected SearchKey()
    {
    }

    /// <summary>
    /// True when a string argument somewhere in this key holds non-ASCII text, so that SEARCH needs <c>CHARSET UTF-8</c>
    /// unless UTF8=ACCEPT is enabled.
    /// </summary>
    public abstract bool RequiresCharset { get; }

    /// <summary>Writes the key in its wire form (strings as atom, quoted string or literal, as the writer decides).</summary>
    /// <param name="writer">Where to write.</param>
    public abstract void Write(ImapWriter writer);

    /// <summary>Reads one search key (a parenthesised group counts as one), nesting bounded by the reader's limits.</summary>
    /// <param name="reader">The reader, positioned at the key.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ImapParseException">Not a search key, or nested deeper than the limit.</exception>
    public static SearchKey Read(ref ImapReader reader) => SearchKeyParser.ReadKey(ref reader);

    /// <summary>The key as sent on the wire (UTF-8 text quoted, never as a literal).</summary>
    /// <returns>The wire form.</returns>
    public sealed override string ToString()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(new ImapWriter(buffer, DisplayOptions));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Both keys must match; nested ANDs are flattened (see <see cref="SearchQuery.And(SearchKey[])"/>).</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The conjunction.</returns>
    public static SearchKey operator &(SearchKey left, SearchKey right) => SearchQuery.And(left, right);

    /// <summary>Either key matches (<c>OR left right</c>).</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The disjunction.</returns>
    public static SearchKey operator |(SearchKey left, SearchKey right) => SearchQuery.Or(left, right);

    /// <summary>The key does not match (<c>NOT key</c>); <c>!!k</c> is <c>k</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The negation.</returns>
    public static SearchKey operator !(SearchKey key) => SearchQuery.Not(key);

    /// <summary>Named alternative to <c>&amp;</c>.</summary>
    /// <param name="other">The other key.</param>
    /// <returns>The conjunction.</returns>
    public SearchKey BitwiseAnd(SearchKey other) => SearchQuery.And(this, other);

    /// <summary>Named alternative to <c>|</c>.</summary>
    /// <param name="other">The other key.</param>
    /// <returns>The disjunction.</returns>
    public SearchKey BitwiseOr(SearchKey other) => SearchQuery.Or(this, other);

    /// <summary>Named alternative to <c>!</c>.</summary>
    /// <returns>The negation.</returns>
    public SearchKey LogicalNot() => SearchQuery.Not(this);

    /// <summary>Writes a keyword in upper case followed by SP.</summary>
    private protected static void WriteName(ImapWriter writer, string name)
    {
        writer.WriteRaw(name);
        writer.WriteSpace();
    }
}
