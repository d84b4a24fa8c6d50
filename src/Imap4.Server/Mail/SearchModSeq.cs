using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Storage;

namespace Imap4.Server.Mail;

/// <summary>
/// CONDSTORE's SEARCH rule (RFC 7162 section 3.1.5): when the criteria contain MODSEQ, the result carries the highest
/// mod-sequence of the matching messages.
/// </summary>
internal static class SearchModSeq
{
    public static bool UsesModSeq(SearchKey key) => key switch
    {
        ModSeqSearchKey => true,
        AndSearchKey and => and.Keys.Any(UsesModSeq),
        OrSearchKey or => UsesModSeq(or.Left) || UsesModSeq(or.Right),
        NotSearchKey not => UsesModSeq(not.Key),
        _ => false,
    };

    public static async ValueTask<ulong?> HighestAsync(IMailbox mailbox, List<uint> uids, CancellationToken cancellationToken)
    {
        if (uids.Count == 0) return null;
        ulong highest = 0;
        await foreach (MessageInfo m in mailbox.GetMessagesAsync(UidSet.FromValues(uids), cancellationToken).ConfigureAwait(false))
            highest = Math.Max(highest, m.ModSeq);
        return highest;
    }
}
