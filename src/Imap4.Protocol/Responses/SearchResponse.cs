using System.Collections.ObjectModel;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* SEARCH n n n [(MODSEQ m)]</c>: the result of a SEARCH without RETURN options (RFC 3501, RFC 7162).</summary>
public sealed record SearchResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="numbers">The matching sequence numbers or UIDs, none 0, in the order sent.</param>
    /// <param name="modSeq">The highest mod-sequence of the matches (CONDSTORE), or null.</param>
    public SearchResponse(IEnumerable<uint> numbers, ulong? modSeq = null)
    {
        Numbers = new ReadOnlyCollection<uint>(NumberListSyntax.Check(numbers, nameof(numbers)));
        ModSeq = NumberListSyntax.CheckModSeq(modSeq, nameof(modSeq));
    }

    /// <summary>The matching sequence numbers or UIDs.</summary>
    public IReadOnlyList<uint> Numbers { get; }

    /// <summary>The highest mod-sequence of the matches, or null.</summary>
    public ulong? ModSeq { get; }

    /// <inheritdoc />
    public override string Keyword => "SEARCH";

    /// <inheritdoc />
    public bool Equals(SearchResponse? other) =>
        other is not null && Numbers.SequenceEqual(other.Numbers) && ModSeq == other.ModSeq;

    /// <inheritdoc />
    public override int GetHashCode() => NumberListSyntax.Hash(Numbers, ModSeq);

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer) => NumberListSyntax.Write(writer, Keyword, Numbers, ModSeq);

    internal static SearchResponse Parse(ref ImapReader reader, uint number)
    {
        uint[] numbers = NumberListSyntax.Read(ref reader, out ulong? modSeq);
        return new SearchResponse(numbers, modSeq);
    }
}
