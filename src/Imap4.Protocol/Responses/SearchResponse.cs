using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* SEARCH n n n [(MODSEQ m)]</c>: the result of a SEARCH without RETURN options (RFC 3501, RFC 7162).</summary>
public sealed record SearchResponse : NumberListResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="numbers">The matching sequence numbers or UIDs, none 0, in the order sent.</param>
    /// <param name="modSeq">The highest mod-sequence of the matches (CONDSTORE), or null.</param>
    public SearchResponse(IEnumerable<uint> numbers, ulong? modSeq = null) : base(numbers, modSeq) { }

    /// <inheritdoc />
    public override string Keyword => "SEARCH";

    internal static SearchResponse Parse(ref ImapReader reader, uint number)
    {
        uint[] numbers = NumberListSyntax.Read(ref reader, out ulong? modSeq);
        return new SearchResponse(numbers, modSeq);
    }
}
