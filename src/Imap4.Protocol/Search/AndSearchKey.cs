using System.Collections.ObjectModel;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// A parenthesised group <c>(key key ...)</c>: messages that match every key. As the whole criteria of a command, a
/// group of two or more keys is written without its parentheses (see <see cref="SearchProgram"/>).
/// </summary>
public sealed record AndSearchKey : SearchKey
{
    /// <summary>Creates a group of keys, kept as given (use <see cref="SearchQuery.And(SearchKey[])"/> to flatten).</summary>
    /// <param name="keys">At least one key.</param>
    /// <exception cref="ArgumentException">There is no key, or a key is null.</exception>
    public AndSearchKey(IEnumerable<SearchKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        SearchKey[] array = [.. keys];
        if (array.Length == 0) throw new ArgumentException("A group needs at least one key.", nameof(keys));
        foreach (SearchKey k in array)
        {
            if (k is null) throw new ArgumentException("A key is null.", nameof(keys));
            RequiresCharset |= k.RequiresCharset;
        }
        Keys = new ReadOnlyCollection<SearchKey>(array);
    }

    /// <summary>The keys, in order.</summary>
    public IReadOnlyList<SearchKey> Keys { get; }

    /// <inheritdoc />
    public override bool RequiresCharset { get; }

    /// <summary>Compares the keys in order.</summary>
    /// <param name="other">The other group.</param>
    /// <returns>Whether both hold equal keys in the same order.</returns>
    public bool Equals(AndSearchKey? other) => other is not null && Keys.SequenceEqual(other.Keys);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (SearchKey k in Keys) hash.Add(k);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteByte((byte)'(');
        WriteKeys(writer);
        writer.WriteByte((byte)')');
    }

    /// <summary>Writes the keys separated by SP, without parentheses.</summary>
    internal void WriteKeys(ImapWriter writer)
    {
        for (int i = 0; i < Keys.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            Keys[i].Write(writer);
        }
    }
}
