using Imap4.Protocol.Responses;

namespace Imap4.Client.Internal;

/// <summary>
/// Decides which untagged responses a command asked for and which are unilateral updates (RFC 9051 section 7:
/// a server may send EXISTS, EXPUNGE, FETCH flags and the like at any time).
/// </summary>
internal static class ResponseRouter
{
    /// <summary>True when <paramref name="response"/> is an update type that <paramref name="commandName"/> did not ask for.</summary>
    public static bool IsUnsolicited(string? commandName, UntaggedResponse response)
    {
        if (commandName is null) return true;
        return response.Keyword switch
        {
            "FETCH" => commandName is not ("FETCH" or "UID FETCH" or "STORE" or "UID STORE"),
            "EXISTS" or "RECENT" or "FLAGS" => commandName is not ("SELECT" or "EXAMINE"),
            "EXPUNGE" => !IsExpunging(commandName),
            "VANISHED" => !IsExpunging(commandName) && commandName is not ("SELECT" or "EXAMINE" or "UID FETCH"),
            "STATUS" => commandName is not ("STATUS" or "LIST"),
            _ => false,
        };
    }

    private static bool IsExpunging(string name) =>
        name is "EXPUNGE" or "UID EXPUNGE" or "MOVE" or "UID MOVE" or "CLOSE";

    /// <summary>The update kind of untagged data.</summary>
    public static ImapUpdateKind KindOf(UntaggedResponse response) => response.Keyword switch
    {
        "EXISTS" => ImapUpdateKind.Exists,
        "EXPUNGE" => ImapUpdateKind.Expunge,
        "VANISHED" => ImapUpdateKind.Vanished,
        "FETCH" => ImapUpdateKind.Fetch,
        "RECENT" => ImapUpdateKind.Recent,
        "FLAGS" => ImapUpdateKind.Flags,
        "STATUS" => ImapUpdateKind.Status,
        _ => ImapUpdateKind.Other,
    };

    /// <summary>The update kind of an untagged status response.</summary>
    public static ImapUpdateKind KindOf(StatusResponse status)
    {
        if (status.Kind == StatusKind.Bye) return ImapUpdateKind.Bye;
        return status.Code?.Name == "ALERT" ? ImapUpdateKind.Alert : ImapUpdateKind.StatusResponse;
    }
}
