using Imap4.Client.Internal;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>A change in the selected mailbox reported by the server (during IDLE, NOOP or any command).</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Response">The untagged response.</param>
public sealed record MailboxUpdate(ImapUpdateKind Kind, UntaggedResponse Response)
{
    /// <summary>The new message count (EXISTS) or recent count (RECENT), else null.</summary>
    public uint? Count => Response switch
    {
        ExistsResponse e => e.Count,
        RecentResponse r => r.Count,
        _ => null,
    };

    /// <summary>The sequence number of an expunged (EXPUNGE) or changed (FETCH) message, else null.</summary>
    public uint? SequenceNumber => Response switch
    {
        ExpungeResponse e => e.SequenceNumber,
        FetchResponse f => f.SequenceNumber,
        _ => null,
    };

    /// <summary>The UIDs of VANISHED (QRESYNC), else null.</summary>
    public UidSet? Vanished => (Response as VanishedResponse)?.Uids;

    /// <summary>The data of a FETCH update (usually new flags), else null.</summary>
    public FetchResult? Fetch => Response is FetchResponse f ? new FetchResult(f) : null;

    internal static MailboxUpdate From(UntaggedResponse response) => new(ResponseRouter.KindOf(response), response);
}
