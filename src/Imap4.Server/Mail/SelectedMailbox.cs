using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Storage;

namespace Imap4.Server.Mail;

/// <summary>
/// A session's view of its selected mailbox: the UIDs the client knows, in sequence order (sequence number n is the UID
/// at index n - 1; UID to sequence number is a binary search), the mod-sequence the view is up to date with, and the
/// changes not yet reported. It is the session's <see cref="IMailboxUpdates"/>: after each command it polls the store
/// and reports EXISTS, EXPUNGE (or VANISHED under QRESYNC) and FETCH FLAGS as RFC 9051 section 7.5.1 allows.
/// </summary>
public sealed partial class SelectedMailbox : IMailboxUpdates
{
    private readonly List<uint> _uids;
    private readonly HashSet<uint> _pendingExpunge = [];
    private readonly HashSet<(uint Uid, ulong ModSeq)> _ownChanges = [];

    private SelectedMailbox(IMailbox mailbox, bool readOnly, List<uint> uids, ulong modSeq)
    {
        Mailbox = mailbox;
        ReadOnly = readOnly;
        _uids = uids;
        HighestModSeq = modSeq;
    }

    /// <summary>The mailbox.</summary>
    public IMailbox Mailbox { get; }

    /// <summary>True after EXAMINE: nothing may be changed (no \Seen either).</summary>
    public bool ReadOnly { get; }

    /// <summary>True when FETCH responses carry MODSEQ (CONDSTORE enabled for this selection, RFC 7162).</summary>
    public bool CondStore { get; set; }

    /// <summary>True when expunges are reported with VANISHED (QRESYNC enabled).</summary>
    public bool QResync { get; set; }

    /// <summary>The highest mod-sequence the view has seen.</summary>
    public ulong HighestModSeq { get; private set; }

    /// <summary>The flags the client was told about (FLAGS), updated as new keywords appear.</summary>
    public KeywordSet Keywords { get; set; } = new([]);

    /// <summary>The saved search result <c>$</c> (SEARCHRES, RFC 5182) as UIDs, or null when none.</summary>
    public IReadOnlySet<uint>? SavedResult { get; set; }

    /// <summary>The sequence number of the first message without \Seen when the mailbox was selected, or 0 (UNSEEN code for IMAP4rev1).</summary>
    public uint FirstUnseen { get; private init; }

    /// <summary>The messages that are \Recent in this session (IMAP4rev1 only; empty under IMAP4rev2).</summary>
    public HashSet<uint> RecentUids { get; } = [];

    /// <summary>The key of this mailbox in the server's \Recent bookkeeping, or null when the session does not take part.</summary>
    internal string? RecentKey { get; set; }

    /// <summary>The flags to show for a message: with \Recent when it is recent in this session.</summary>
    /// <param name="uid">The UID.</param>
    /// <param name="flags">The stored flags.</param>
    /// <returns>The flags.</returns>
    public IReadOnlyList<Protocol.Primitives.Flag> WithRecent(uint uid, IReadOnlyList<Protocol.Primitives.Flag> flags) =>
        RecentUids.Contains(uid) ? [.. flags, Protocol.Primitives.Flag.Recent] : flags;

    /// <summary>
    /// Makes the messages above the server's mark \Recent here: claimed for this session (SELECT, and new messages while
    /// selected) or only looked at (EXAMINE). Returns how many were added.
    /// </summary>
    internal int TakeRecent(RecentTracker tracker, IReadOnlyList<uint> candidates)
    {
        if (RecentKey is null || candidates.Count == 0) return 0;
        uint mark = ReadOnly ? tracker.Claimed(RecentKey) : tracker.Claim(RecentKey, candidates[^1]);
        int added = 0;
        foreach (uint uid in candidates)
            if (uid > mark && RecentUids.Add(uid)) added++;
        return added;
    }

    /// <summary>Messages the client knows (the EXISTS count).</summary>
    public int Count => _uids.Count;

    /// <summary>The UIDs in sequence order.</summary>
    public IReadOnlyList<uint> Uids => _uids;

    /// <summary>Opens the view of a mailbox from one consistent snapshot.</summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="readOnly">True for EXAMINE.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The view.</returns>
    public static async ValueTask<SelectedMailbox> OpenAsync(IMailbox mailbox, bool readOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        MailboxChanges all = await mailbox.GetChangesSinceAsync(0, cancellationToken).ConfigureAwait(false);
        var uids = new List<uint>(all.Changed.Count);
        uint firstUnseen = 0;
        foreach (MessageInfo m in all.Changed)
        {
            uids.Add(m.Uid);
            if (firstUnseen == 0 && !m.HasFlag(Flag.Seen)) firstUnseen = (uint)uids.Count;
        }
        return new SelectedMailbox(mailbox, readOnly, uids, all.HighestModSeq) { FirstUnseen = firstUnseen };
    }

    /// <summary>The sequence number of a UID, or 0 when the client does not know the message.</summary>
    /// <param name="uid">The UID.</param>
    /// <returns>The sequence number.</returns>
    public uint SequenceOf(uint uid)
    {
        int i = _uids.BinarySearch(uid);
        return i < 0 ? 0 : (uint)(i + 1);
    }

    /// <summary>The UID at a sequence number (from 1).</summary>
    /// <param name="sequenceNumber">The sequence number.</param>
    /// <returns>The UID.</returns>
    public uint UidAt(uint sequenceNumber) => _uids[(int)sequenceNumber - 1];

    /// <summary>
    /// The UIDs a set addresses, ascending, among the messages the client knows: sequence numbers (<c>*</c> is the last
    /// message) or UIDs (<c>*</c> is the highest UID; unknown UIDs are skipped), or the saved result for <c>$</c>.
    /// </summary>
    /// <param name="set">The set.</param>
    /// <param name="isUid">True when the set holds UIDs.</param>
    /// <returns>The UIDs.</returns>
    /// <exception cref="ImapCommandException">A sequence number beyond the last message (answered BAD).</exception>
    public List<uint> Resolve(SequenceSet set, bool isUid)
    {
        ArgumentNullException.ThrowIfNull(set);
        var result = new List<uint>();
        if (set.IsSavedResult)
        {
            foreach (uint uid in _uids)
                if (SavedResult?.Contains(uid) == true) result.Add(uid);
            return result;
        }
        if (_uids.Count == 0)
        {
            // "1:*" on an empty mailbox addresses nothing; an explicit number is invalid.
            if (!isUid && !set.HasStar) throw new ImapCommandException(StatusKind.Bad, ResponseCode.ClientBug, "The mailbox is empty: no sequence number is valid.");
            return result;
        }
        uint max = isUid ? _uids[^1] : (uint)_uids.Count;
        foreach (SequenceRange range in set.Normalize(max).Ranges)
        {
            uint lo = range.First!.Value, hi = range.Last!.Value;
            if (isUid) AddUidRange(result, lo, hi);
            else
            {
                if (hi > max) throw new ImapCommandException(StatusKind.Bad, ResponseCode.ClientBug, $"Invalid sequence number {hi}: there are {max} messages.");
                for (uint n = lo; n <= hi; n++) result.Add(_uids[(int)n - 1]);
            }
        }
        return result;
    }

    private void AddUidRange(List<uint> result, uint lo, uint hi)
    {
        int i = _uids.BinarySearch(lo);
        if (i < 0) i = ~i;
        for (; i < _uids.Count && _uids[i] <= hi; i++) result.Add(_uids[i]);
    }

    /// <summary>Records a change this session made and reports itself (STORE), so that polling does not report it twice.</summary>
    /// <param name="uid">The UID.</param>
    /// <param name="modSeq">The message's new mod-sequence.</param>
    public void NoteOwnChange(uint uid, ulong modSeq) => _ownChanges.Add((uid, modSeq));

    /// <summary>
    /// Removes messages this session expunged (EXPUNGE, UID EXPUNGE, MOVE) and reports them now: EXPUNGE with the
    /// sequence numbers, or VANISHED under QRESYNC.
    /// </summary>
    /// <param name="context">The response channel.</param>
    /// <param name="uids">The expunged UIDs.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>A task that completes when written.</returns>
    public async ValueTask ExpungedAsync(CommandContext context, IReadOnlyList<uint> uids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uids);
        foreach (uint uid in uids)
            if (SequenceOf(uid) != 0) _pendingExpunge.Add(uid);
        await FlushExpungesAsync(context, cancellationToken).ConfigureAwait(false);
    }
}
