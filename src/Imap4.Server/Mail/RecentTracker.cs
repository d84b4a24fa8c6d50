using System.Collections.Concurrent;

namespace Imap4.Server.Mail;

/// <summary>
/// The \Recent bookkeeping of IMAP4rev1 (RFC 3501 section 2.3.2), shared by all sessions of one server: per mailbox, the
/// highest UID some IMAP4rev1 session has already been told about. A session that selects the mailbox (or sees new
/// messages while it is selected) claims the UIDs above that mark, and only it sees them as \Recent; EXAMINE looks
/// without claiming. The marks live in memory: after a restart every message counts as new once.
/// </summary>
internal sealed class RecentTracker
{
    private readonly ConcurrentDictionary<string, uint> _claimed = new(StringComparer.Ordinal);

    /// <summary>The mailbox's key: user and MAILBOXID (which follows renames).</summary>
    public static string Key(string user, string mailboxId) => user + "\0" + mailboxId;

    /// <summary>The highest UID already claimed (0 when none).</summary>
    public uint Claimed(string key) => _claimed.TryGetValue(key, out uint uid) ? uid : 0;

    /// <summary>Claims every UID up to <paramref name="highestUid"/>; returns the mark before, so the caller's \Recent
    /// messages are those above it. Atomic: two sessions never claim the same UID.</summary>
    public uint Claim(string key, uint highestUid)
    {
        while (true)
        {
            uint previous = Claimed(key);
            if (previous >= highestUid) return highestUid;
            bool swapped = previous == 0 && !_claimed.ContainsKey(key)
                ? _claimed.TryAdd(key, highestUid)
                : _claimed.TryUpdate(key, highestUid, previous);
            if (swapped) return previous;
        }
    }
}
