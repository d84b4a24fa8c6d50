using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Storage;
using Imap4.Storage.Search;

namespace Imap4.Server.Mail;

/// <summary>The search step of SORT and THREAD: the matching messages the client knows, with their comparison values.</summary>
internal static class SortSearch
{
    public static async Task<List<SortEntry>> LoadAsync(SelectedMailbox view, SearchKey criteria, IReadOnlyList<SortCriterion> sortBy, bool subject,
        CancellationToken cancellationToken)
    {
        var search = new SearchContext { SequenceUids = view.Uids, SavedResult = view.SavedResult, RecentUids = view.RecentUids };
        var uids = new List<uint>();
        await foreach (uint uid in view.Mailbox.SearchAsync(criteria, search, cancellationToken).ConfigureAwait(false))
            if (view.SequenceOf(uid) != 0) uids.Add(uid);
        var entries = new List<SortEntry>(uids.Count);
        if (uids.Count == 0) return entries;
        await foreach (MessageInfo info in view.Mailbox.GetMessagesAsync(UidSet.FromValues(uids), cancellationToken).ConfigureAwait(false))
            entries.Add(await SortEntry.LoadAsync(view.Mailbox, info, sortBy, subject, cancellationToken).ConfigureAwait(false));
        return entries;
    }
}
