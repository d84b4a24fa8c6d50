namespace Imap4.Storage.Search;

/// <summary>What a search needs from the session: sequence numbers, \Recent, the saved result, the clock.</summary>
public sealed record SearchContext
{
    /// <summary>No session data: sequence-number keys are refused, nothing is recent, <c>$</c> is empty.</summary>
    public static SearchContext Default { get; } = new();

    /// <summary>The session's UIDs in sequence order (ascending): sequence number n is the UID at index n - 1.
    /// Messages not in the list have no sequence number. Null when the caller has none.</summary>
    public IReadOnlyList<uint>? SequenceUids { get; init; }

    /// <summary>UIDs that are \Recent in this session (RECENT, NEW, OLD), or null for none.</summary>
    public IReadOnlySet<uint>? RecentUids { get; init; }

    /// <summary>The saved search result <c>$</c> (RFC 5182) as UIDs, or null when none was saved (empty).</summary>
    public IReadOnlySet<uint>? SavedResult { get; init; }

    /// <summary>The clock for OLDER and YOUNGER (RFC 5032).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
