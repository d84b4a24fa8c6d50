using Imap4.Protocol.Primitives;

namespace Imap4.Client;

/// <summary>What changed since a mod-sequence (UID FETCH ... CHANGEDSINCE ... VANISHED, RFC 7162).</summary>
/// <param name="Changed">The messages changed since then, with the items asked for.</param>
/// <param name="Vanished">The UIDs expunged since then (VANISHED (EARLIER)), or null when none were reported.</param>
public sealed record FetchChanges(IReadOnlyList<FetchResult> Changed, UidSet? Vanished);
