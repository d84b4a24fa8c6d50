using Imap4.Protocol.Primitives;

namespace Imap4.Storage;

/// <summary>A message's flags after a STORE.</summary>
/// <param name="Uid">The UID.</param>
/// <param name="Flags">The flags now.</param>
/// <param name="ModSeq">The message's mod-sequence now.</param>
/// <param name="Changed">True when the STORE changed the flags (and the mod-sequence).</param>
public sealed record FlagUpdate(uint Uid, IReadOnlyList<Flag> Flags, ulong ModSeq, bool Changed);
