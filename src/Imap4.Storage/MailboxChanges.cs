namespace Imap4.Storage;

/// <summary>What changed in a mailbox after a mod-sequence (CONDSTORE/QRESYNC, and the server's polling).</summary>
/// <param name="HighestModSeq">HIGHESTMODSEQ of the snapshot; ask again from this value.</param>
/// <param name="Changed">Messages appended or changed after the given mod-sequence, ascending by UID.</param>
/// <param name="Vanished">UIDs expunged after the given mod-sequence, ascending.</param>
public sealed record MailboxChanges(ulong HighestModSeq, IReadOnlyList<MessageInfo> Changed, IReadOnlyList<uint> Vanished);
