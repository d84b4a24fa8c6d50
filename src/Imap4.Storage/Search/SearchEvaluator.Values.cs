using Imap4.Mime.Headers;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;

namespace Imap4.Storage.Search;

public sealed partial class SearchEvaluator
{
    // RFC 9051: dates compare "disregarding time and timezone", i.e. the calendar day in the date's own zone.
    private static DateOnly DayOf(DateTimeOffset value) => DateOnly.FromDateTime(value.DateTime);

    private static bool EvalDate(DateSearchKey key, MessageInfo m)
    {
        DateOnly day = key.Field switch
        {
            DateSearchField.Before or DateSearchField.On or DateSearchField.Since => DayOf(m.InternalDate),
            DateSearchField.SentBefore or DateSearchField.SentOn or DateSearchField.SentSince => DayOf(m.Summary.SentDate ?? m.InternalDate),
            _ => DayOf(m.SaveDate),
        };
        return key.Field switch
        {
            DateSearchField.Before or DateSearchField.SentBefore or DateSearchField.SavedBefore => day < key.Date,
            DateSearchField.On or DateSearchField.SentOn or DateSearchField.SavedOn => day == key.Date,
            _ => day >= key.Date,
        };
    }

    private bool EvalNumber(NumberSearchKey key, MessageInfo m) => key.Field switch
    {
        NumberSearchField.Larger => (ulong)m.Size > key.Value,
        NumberSearchField.Smaller => (ulong)m.Size < key.Value,
        NumberSearchField.Older => m.InternalDate.ToUnixTimeSeconds() < _now - (long)key.Value,
        NumberSearchField.Younger => m.InternalDate.ToUnixTimeSeconds() >= _now - (long)key.Value,
        _ => throw Unsupported(key),
    };

    private bool EvalUid(SequenceSet set, uint uid)
    {
        if (set.IsSavedResult) return _context.SavedResult?.Contains(uid) == true;
        // "*" is the highest UID (of the session's view when given); numeric ranges are taken as written.
        foreach (SequenceRange r in set.Ranges)
        {
            (uint lo, uint hi) = r.Resolve(_highestUid);
            if (uid >= lo && uid <= hi) return true;
        }
        return false;
    }

    private bool EvalSequence(SequenceSet set, uint uid)
    {
        if (set.IsSavedResult) return _context.SavedResult?.Contains(uid) == true;
        IReadOnlyList<uint> view = _context.SequenceUids!;
        int index = BinarySearch(view, uid);
        return index >= 0 && set.Contains((uint)index + 1, (uint)view.Count);
    }

    private static int BinarySearch(IReadOnlyList<uint> list, uint value)
    {
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (list[mid] == value) return mid;
            if (list[mid] < value) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    private static bool EvalText(TextSearchKey key, SearchableContent c) => key.Field switch
    {
        TextSearchField.Bcc => HeaderContains(c, "Bcc", key.Value),
        TextSearchField.Cc => HeaderContains(c, "Cc", key.Value),
        TextSearchField.From => HeaderContains(c, "From", key.Value),
        TextSearchField.To => HeaderContains(c, "To", key.Value),
        TextSearchField.Subject => HeaderContains(c, "Subject", key.Value),
        TextSearchField.Body => Contains(c.BodyText, key.Value),
        TextSearchField.Text => Contains(c.HeaderText, key.Value) || Contains(c.BodyText, key.Value),
        _ => throw Unsupported(key),
    };

    // An empty value matches every message that has the field (RFC 9051 HEADER).
    private static bool HeaderContains(SearchableContent c, string field, string value)
    {
        foreach (HeaderField f in c.Header.GetAll(field))
            if (Contains(f.DecodedValue, value)) return true;
        return false;
    }

    private static bool Contains(string haystack, string needle) => haystack.Contains(needle, StringComparison.OrdinalIgnoreCase);
}
