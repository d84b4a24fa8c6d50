using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>An extended search's answer (ESEARCH, RFC 4731): only what the RETURN options asked for is set.</summary>
/// <param name="Min">The lowest matching id (MIN).</param>
/// <param name="Max">The highest matching id (MAX).</param>
/// <param name="Count">How many matched (COUNT).</param>
/// <param name="All">The matching ids (ALL), compressed as a set.</param>
/// <param name="ModSeq">The highest mod-sequence of the matches (with MODSEQ criteria).</param>
public sealed record SearchSummary(uint? Min, uint? Max, uint? Count, SequenceSet? All, ulong? ModSeq)
{
    internal static SearchSummary From(ESearchResponse? e) =>
        e is null ? new SearchSummary(null, null, 0, null, null) : new SearchSummary(e.Min, e.Max, e.Count, e.All, e.ModSeq);
}
