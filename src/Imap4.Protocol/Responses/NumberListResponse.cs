using System.Collections.ObjectModel;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>What <c>* SEARCH</c> and <c>* SORT</c> share: <c>keyword *(SP nz-number) [SP "(MODSEQ" SP mod-sequence ")"]</c>.</summary>
public abstract record NumberListResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="numbers">Sequence numbers or UIDs, none 0, in the order sent.</param>
    /// <param name="modSeq">The highest mod-sequence of the matches (CONDSTORE), or null.</param>
    protected NumberListResponse(IEnumerable<uint> numbers, ulong? modSeq)
    {
        Numbers = new ReadOnlyCollection<uint>(NumberListSyntax.Check(numbers, nameof(numbers)));
        ModSeq = NumberListSyntax.CheckModSeq(modSeq, nameof(modSeq));
    }

    /// <summary>The sequence numbers or UIDs, in the order sent.</summary>
    public IReadOnlyList<uint> Numbers { get; }

    /// <summary>The highest mod-sequence of the matches, or null.</summary>
    public ulong? ModSeq { get; }

    /// <inheritdoc />
    public virtual bool Equals(NumberListResponse? other) =>
        other is not null && EqualityContract == other.EqualityContract && ValueEquality.Equal(Numbers, other.Numbers) && ModSeq == other.ModSeq;

    /// <inheritdoc />
    public override int GetHashCode() => NumberListSyntax.Hash(Numbers, ModSeq);

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer) => NumberListSyntax.Write(writer, Keyword, Numbers, ModSeq);
}
