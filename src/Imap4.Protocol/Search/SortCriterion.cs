using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>sort-criterion: a <see cref="SortKey"/>, optionally <c>REVERSE</c>d.</summary>
/// <param name="Key">What to sort by.</param>
/// <param name="Reverse">True to sort in descending order.</param>
public readonly record struct SortCriterion(SortKey Key, bool Reverse = false)
{
    private static readonly string[] Names = ["ARRIVAL", "CC", "DATE", "FROM", "SIZE", "SUBJECT", "TO", "DISPLAYFROM", "DISPLAYTO"];

    /// <summary>Ascending order of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The criterion.</returns>
    public static SortCriterion Ascending(SortKey key) => new(key);

    /// <summary>Descending order of <paramref name="key"/> (<c>REVERSE key</c>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The criterion.</returns>
    public static SortCriterion Descending(SortKey key) => new(key, Reverse: true);

    /// <summary>The wire form, e.g. <c>REVERSE DATE</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Enum.IsDefined(Key) ? (Reverse ? "REVERSE " : "") + Names[(int)Key] : throw new InvalidOperationException("Unknown sort key.");

    /// <summary>Writes <c>"(" criterion *(SP criterion) ")"</c>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="criteria">At least one criterion.</param>
    public static void WriteList(ImapWriter writer, IReadOnlyList<SortCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(criteria);
        writer.WriteByte((byte)'(');
        for (int i = 0; i < criteria.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteRaw(criteria[i].ToString());
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>Reads <c>sort-criteria</c>: <c>"(" sort-criterion *(SP sort-criterion) ")"</c>.</summary>
    /// <param name="reader">The reader, at "(".</param>
    /// <returns>The criteria.</returns>
    /// <exception cref="ImapParseException">Malformed or unknown sort key.</exception>
    public static IReadOnlyList<SortCriterion> ReadList(ref ImapReader reader)
    {
        reader.EnterList();
        var list = new List<SortCriterion> { Read(ref reader) };
        while (reader.TryReadSpace()) list.Add(Read(ref reader));
        reader.ExitList();
        return list.AsReadOnly();
    }

    private static SortCriterion Read(ref ImapReader reader)
    {
        bool reverse = reader.TryReadKeyword("REVERSE"u8);
        if (reverse) reader.ReadSpace();
        long start = reader.Position;
        ReadOnlySpan<byte> name = reader.ReadAtomSpan();
        for (int i = 0; i < Names.Length; i++)
            if (Ascii.EqualsIgnoreCase(name, Names[i])) return new SortCriterion((SortKey)i, reverse);
        throw new ImapParseException(start, "unknown sort-key");
    }
}
