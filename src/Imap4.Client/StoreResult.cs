using Imap4.Protocol.Primitives;

namespace Imap4.Client;

/// <summary>What STORE reported.</summary>
/// <param name="Flags">Each changed message's id and its flags after the change (empty for .SILENT).</param>
/// <param name="Modified">With UNCHANGEDSINCE: the ids NOT changed because they were modified meanwhile (<c>[MODIFIED]</c>), else null.</param>
public sealed record StoreResult(IReadOnlyDictionary<uint, IReadOnlyList<Flag>> Flags, SequenceSet? Modified);
