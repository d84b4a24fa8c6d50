namespace Imap4.Storage;

/// <summary>The outcome of a STORE.</summary>
/// <param name="Messages">Every existing message the STORE addressed and that passed UNCHANGEDSINCE, ascending by UID,
/// with its flags after the STORE.</param>
/// <param name="Modified">UIDs that failed the UNCHANGEDSINCE test and were left alone (the MODIFIED response code, RFC 7162).</param>
/// <param name="HighestModSeq">The mailbox's HIGHESTMODSEQ after the STORE.</param>
public sealed record StoreFlagsResult(IReadOnlyList<FlagUpdate> Messages, IReadOnlyList<uint> Modified, ulong HighestModSeq);
