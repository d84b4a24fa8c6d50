using Imap4.Mime;
using Imap4.Protocol.Search;
using Imap4.Storage;

namespace Imap4.Server.Mail;

/// <summary>One message with the values SORT and THREAD compare, read once.</summary>
internal sealed class SortEntry
{
    private SortEntry(MessageInfo info) => Info = info;

    public MessageInfo Info { get; }

    public string Subject { get; private init; } = "";

    /// <summary>The header, when it was read (THREAD needs Message-ID, References and In-Reply-To).</summary>
    public Imap4.Mime.Headers.HeaderList? Header { get; private init; }

    /// <summary>True when the Subject had a reply or forward prefix (RFC 5256 REFERENCES step 5).</summary>
    public bool IsReplyOrForward { get; private init; }

    public Dictionary<SortKey, string> Addresses { get; } = [];

    /// <summary>The sent date (RFC 5256: the Date field, else the internal date).</summary>
    public DateTimeOffset Date => Info.Summary.SentDate ?? Info.InternalDate;

    public static async ValueTask<SortEntry> LoadAsync(IMailbox mailbox, MessageInfo info, IReadOnlyList<SortCriterion> criteria, bool subject, CancellationToken cancellationToken)
    {
        bool needsHeader = subject;
        foreach (SortCriterion c in criteria) needsHeader |= c.Key is SortKey.Subject or SortKey.From or SortKey.To or SortKey.Cc or SortKey.DisplayFrom or SortKey.DisplayTo;
        if (!needsHeader) return new SortEntry(info);
        ParsedMessage parsed = await mailbox.GetStructureAsync(info.Uid, cancellationToken).ConfigureAwait(false);
        string? rawSubject = parsed.Root.Header["Subject"];
        string subjectKey = SortValues.BaseSubject(rawSubject);
        var entry = new SortEntry(info)
        {
            Subject = subjectKey,
            Header = parsed.Root.Header,
            IsReplyOrForward = rawSubject is not null && !string.Equals(rawSubject.Trim(), subjectKey, StringComparison.OrdinalIgnoreCase),
        };
        foreach (SortCriterion c in criteria)
        {
            (string? field, bool display) = c.Key switch
            {
                SortKey.From => ("From", false),
                SortKey.To => ("To", false),
                SortKey.Cc => ("Cc", false),
                SortKey.DisplayFrom => ("From", true),
                SortKey.DisplayTo => ("To", true),
                _ => ((string?)null, false),
            };
            if (field is not null) entry.Addresses[c.Key] = SortValues.AddressKey(parsed.Root.Header, field, display);
        }
        return entry;
    }

    /// <summary>Compares by the criteria, then by sequence order (UID) as RFC 5256 requires for ties.</summary>
    public static int Compare(SortEntry a, SortEntry b, IReadOnlyList<SortCriterion> criteria)
    {
        foreach (SortCriterion c in criteria)
        {
            int r = c.Key switch
            {
                SortKey.Arrival => a.Info.InternalDate.CompareTo(b.Info.InternalDate),
                SortKey.Date => a.Date.CompareTo(b.Date),
                SortKey.Size => a.Info.Size.CompareTo(b.Info.Size),
                SortKey.Subject => string.CompareOrdinal(a.Subject, b.Subject),
                _ => string.CompareOrdinal(a.Addresses[c.Key], b.Addresses[c.Key]),
            };
            if (r != 0) return c.Reverse ? -r : r;
        }
        return a.Info.Uid.CompareTo(b.Info.Uid);
    }
}
