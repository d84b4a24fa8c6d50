using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>Where COPY or MOVE put the messages: the COPYUID data (UIDPLUS), when the server sent it.</summary>
/// <param name="UidValidity">The destination folder's UIDVALIDITY, or null without COPYUID.</param>
/// <param name="SourceUids">The source UIDs, in the order that pairs them with <paramref name="DestinationUids"/>.</param>
/// <param name="DestinationUids">The new UIDs in the destination.</param>
public sealed record CopyResult(uint? UidValidity, UidSet? SourceUids, UidSet? DestinationUids)
{
    /// <summary>Source UID to destination UID; empty without COPYUID.</summary>
    public IReadOnlyDictionary<uint, uint> UidMap
    {
        get
        {
            var map = new Dictionary<uint, uint>();
            if (SourceUids is null || DestinationUids is null) return map;
            foreach ((uint source, uint destination) in SourceUids.Pair(DestinationUids)) map[source] = destination;
            return map;
        }
    }

    internal static CopyResult From(ImapCommandResult result)
    {
        CopyUidCode? found = null;
        foreach (ResponseCode code in result.GetResponseCodes())
            if (code is CopyUidCode c) found = c;
        return found is null ? new CopyResult(null, null, null) : new CopyResult(found.UidValidity, found.SourceUids, found.DestinationUids);
    }
}
