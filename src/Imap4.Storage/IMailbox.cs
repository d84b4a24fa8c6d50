using Imap4.Mime;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Storage.Search;

namespace Imap4.Storage;

/// <summary>
/// A handle on one mailbox, identified by <see cref="MailboxId"/> (it follows renames). Messages are addressed by
/// UID; sequence numbers belong to sessions. Every change is atomic and gets a new mod-sequence; UIDVALIDITY,
/// UIDNEXT and HIGHESTMODSEQ never go backwards and UIDs are never reused. Once the mailbox is deleted every
/// operation fails with <see cref="MailStoreError.NonExistent"/>.
/// </summary>
public interface IMailbox
{
    /// <summary>The MAILBOXID objectid (RFC 8474).</summary>
    string MailboxId { get; }

    /// <summary>The name when the handle was opened; <see cref="GetStatusAsync"/> gives the current one.</summary>
    MailboxName Name { get; }

    /// <summary>UIDVALIDITY, fixed for the mailbox's life.</summary>
    uint UidValidity { get; }

    /// <summary>A consistent snapshot of the counters.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask<MailboxStatus> GetStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends one message. The content is streamed and parsed once; ENVELOPE and BODYSTRUCTURE are cached.</summary>
    /// <param name="content">The message bytes, read to their end, not disposed.</param>
    /// <param name="flags">Initial flags, or null.</param>
    /// <param name="internalDate">INTERNALDATE, or null for now.</param>
    /// <param name="cancellationToken">Cancels the operation (before it commits).</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.OverQuota"/>, <see cref="MailStoreError.TooBig"/>,
    /// <see cref="MailStoreError.Limit"/>, <see cref="MailStoreError.Cannot"/> for an empty message.</exception>
    ValueTask<AppendResult> AppendAsync(Stream content, IReadOnlyCollection<Flag>? flags = null, DateTimeOffset? internalDate = null,
        CancellationToken cancellationToken = default);

    /// <summary>Appends several messages atomically (MULTIAPPEND, RFC 3502): all get UIDs in order, or none is added.</summary>
    /// <param name="messages">At least one message.</param>
    /// <param name="cancellationToken">Cancels the operation (before it commits).</param>
    ValueTask<AppendResult> AppendAsync(IReadOnlyList<AppendRequest> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends messages that arrive one after another (a streamed MULTIAPPEND): each request's content is read to its
    /// end before the next request is asked for, so a producer may create the next one only then. All get UIDs in order,
    /// or none is added (also when the sequence throws).
    /// </summary>
    /// <param name="messages">At least one message.</param>
    /// <param name="cancellationToken">Cancels the operation (before it commits).</param>
    ValueTask<AppendResult> AppendAsync(IAsyncEnumerable<AppendRequest> messages, CancellationToken cancellationToken = default);

    /// <summary>The messages' metadata, ascending by UID, from one consistent snapshot.</summary>
    /// <param name="uids">The UIDs to return (absent ones are skipped), or null for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    IAsyncEnumerable<MessageInfo> GetMessagesAsync(UidSet? uids = null, CancellationToken cancellationToken = default);

    /// <summary>Opens a message's content as a readable, seekable stream the caller disposes.</summary>
    /// <param name="uid">The UID.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.ExpungeIssued"/> when the message was expunged,
    /// <see cref="MailStoreError.NonExistent"/> when the UID was never used.</exception>
    ValueTask<Stream> OpenContentAsync(uint uid, CancellationToken cancellationToken = default);

    /// <summary>The MIME structure of a message (for sections); a store may parse the content again to produce it.</summary>
    /// <param name="uid">The UID.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MailStoreException">As <see cref="OpenContentAsync"/>.</exception>
    ValueTask<ParsedMessage> GetStructureAsync(uint uid, CancellationToken cancellationToken = default);

    /// <summary>Changes flags (STORE, RFC 9051; UNCHANGEDSINCE, RFC 7162). Messages whose flags change get one new
    /// mod-sequence; messages whose flags stay keep theirs. Absent UIDs are skipped.</summary>
    /// <param name="uids">The messages.</param>
    /// <param name="operation">Replace, add or remove.</param>
    /// <param name="flags">The operand; <c>\Recent</c> is ignored.</param>
    /// <param name="unchangedSince">When given, a message whose mod-sequence is greater is not changed and is
    /// reported in <see cref="StoreFlagsResult.Modified"/>.</param>
    /// <param name="cancellationToken">Cancels the operation (before it commits).</param>
    ValueTask<StoreFlagsResult> StoreFlagsAsync(UidSet uids, FlagOperation operation, IReadOnlyCollection<Flag> flags,
        ulong? unchangedSince = null, CancellationToken cancellationToken = default);

    /// <summary>Removes messages that have <c>\Deleted</c> (EXPUNGE, or UID EXPUNGE when <paramref name="uids"/> is given).</summary>
    /// <param name="uids">Restricts the expunge to these UIDs, or null for every deleted message.</param>
    /// <param name="cancellationToken">Cancels the operation (before it commits).</param>
    /// <returns>The expunged UIDs, ascending.</returns>
    ValueTask<IReadOnlyList<uint>> ExpungeAsync(UidSet? uids = null, CancellationToken cancellationToken = default);

    /// <summary>Copies messages to another mailbox of the account (flags, internal date and EMAILID kept).</summary>
    /// <param name="uids">The messages; absent UIDs are skipped.</param>
    /// <param name="destination">The destination name (may be this mailbox).</param>
    /// <param name="cancellationToken">Cancels the operation (before it commits).</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.TryCreate"/> when the destination does not exist
    /// or is \Noselect; <see cref="MailStoreError.OverQuota"/>.</exception>
    ValueTask<CopyResult> CopyAsync(UidSet uids, MailboxName destination, CancellationToken cancellationToken = default);

    /// <summary>Moves messages to another mailbox atomically (RFC 6851): copied there and expunged here in one change.</summary>
    /// <param name="uids">The messages; absent UIDs are skipped.</param>
    /// <param name="destination">The destination name.</param>
    /// <param name="cancellationToken">Cancels the operation (before it commits).</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.TryCreate"/>; <see cref="MailStoreError.Cannot"/>
    /// when the destination is this mailbox.</exception>
    ValueTask<CopyResult> MoveAsync(UidSet uids, MailboxName destination, CancellationToken cancellationToken = default);

    /// <summary>
    /// Evaluates a search key over metadata and content (RFC 9051 6.4.4 and the extensions in
    /// <see cref="Imap4.Protocol.Search"/>), yielding matching UIDs ascending.
    /// </summary>
    /// <param name="criteria">The search key.</param>
    /// <param name="context">The session's view: sequence mapping, recent UIDs, saved result, clock.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.Cannot"/> for keys the store does not support
    /// (the Gmail extensions) or sequence-number keys without a sequence mapping.</exception>
    IAsyncEnumerable<uint> SearchAsync(SearchKey criteria, SearchContext? context = null, CancellationToken cancellationToken = default);

    /// <summary>What changed after <paramref name="modSeq"/>, as one consistent snapshot.</summary>
    /// <param name="modSeq">A mod-sequence the caller has seen (0 for everything).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask<MailboxChanges> GetChangesSinceAsync(ulong modSeq, CancellationToken cancellationToken = default);

    /// <summary>
    /// Change hints for IDLE: yields the current HIGHESTMODSEQ at once, then a newer value soon after each change
    /// (values may be coalesced; a hint only says "ask <see cref="GetChangesSinceAsync"/>"). Ends when the mailbox is
    /// deleted; throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    /// <param name="cancellationToken">Stops watching.</param>
    IAsyncEnumerable<ulong> WatchAsync(CancellationToken cancellationToken = default);
}
