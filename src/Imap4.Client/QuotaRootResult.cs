using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>The quota roots of a folder and the quotas of each (GETQUOTAROOT, RFC 9208).</summary>
/// <param name="Roots">The quota roots that apply to the folder.</param>
/// <param name="Quotas">Each root's resources (usage and limit).</param>
public sealed record QuotaRootResult(IReadOnlyList<string> Roots, IReadOnlyDictionary<string, IReadOnlyList<QuotaResource>> Quotas);
