using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* SORT n n n [(MODSEQ m)]</c>: the result of a SORT without RETURN options, in sorted order (RFC 5256, RFC 7162).</summary>
public sealed record SortResponse : NumberListResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="numbers">The sequence numbers or UIDs in sorted order, none 0.</param>
    /// <param name="modSeq">The highest mod-sequence of the matches (CONDSTORE), or null.</param>
    public SortResponse(IEnumerable<uint> numbers, ulong? modSeq = null) : base(numbers, modSeq) { }

    /// <inheritdoc />
    public override string Keyword => "SORT";

    internal static SortResponse Parse(ref ImapReader reader, uint number)
    {
        uint[] numbers = NumberListSyntax.Read(ref reader, out ulong? modSeq);
        return new SortResponse(numbers, modSeq);
    }
}
