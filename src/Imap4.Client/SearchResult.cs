using System.Collections;

namespace Imap4.Client;

/// <summary>The messages a SEARCH or SORT matched (UIDs or sequence numbers, as <see cref="ImapClient.UseUid"/> was), in server order.</summary>
public sealed class SearchResult : IReadOnlyList<uint>
{
    private readonly IReadOnlyList<uint> _ids;

    internal SearchResult(IReadOnlyList<uint> ids, ulong? modSeq)
    {
        _ids = ids;
        ModSeq = modSeq;
    }

    /// <summary>The highest mod-sequence of the matched messages, when the search used MODSEQ (CONDSTORE).</summary>
    public ulong? ModSeq { get; }

    /// <summary>The number of ids.</summary>
    public int Count => _ids.Count;

    /// <summary>The id at a position.</summary>
    /// <param name="index">The position.</param>
    public uint this[int index] => _ids[index];

    /// <inheritdoc />
    public IEnumerator<uint> GetEnumerator() => _ids.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The ids, comma-separated.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(',', _ids);
}
