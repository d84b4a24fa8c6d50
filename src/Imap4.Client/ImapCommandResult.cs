using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>
/// What a command produced: its tagged status response and the untagged responses received while it was in flight
/// (data such as FETCH, SEARCH or LIST, and any unilateral updates that arrived meanwhile, as imaplib returns them).
/// </summary>
/// <param name="Tag">The command's tag.</param>
/// <param name="Status">The tagged OK, NO or BAD.</param>
/// <param name="Untagged">Untagged data in arrival order.</param>
/// <param name="UntaggedStatus">Untagged OK/NO/BAD/BYE responses in arrival order (e.g. <c>* OK [UIDVALIDITY 1]</c>).</param>
public sealed record ImapCommandResult(
    string Tag,
    StatusResponse Status,
    IReadOnlyList<UntaggedResponse> Untagged,
    IReadOnlyList<StatusResponse> UntaggedStatus)
{
    /// <summary>True when the tagged response is OK.</summary>
    public bool IsOk => Status.Kind == StatusKind.Ok;

    /// <summary>The untagged responses of one type, in arrival order.</summary>
    /// <typeparam name="T">The response type, e.g. <see cref="FetchResponse"/>.</typeparam>
    /// <returns>The matching responses.</returns>
    public IReadOnlyList<T> Get<T>() where T : UntaggedResponse
    {
        var list = new List<T>();
        foreach (UntaggedResponse r in Untagged)
            if (r is T t) list.Add(t);
        return list;
    }

    /// <summary>The response codes of the untagged status responses and of the tagged one, in arrival order.</summary>
    /// <returns>The codes.</returns>
    public IReadOnlyList<ResponseCode> GetResponseCodes()
    {
        var list = new List<ResponseCode>();
        foreach (StatusResponse s in UntaggedStatus)
            if (s.Code is not null) list.Add(s.Code);
        if (Status.Code is not null) list.Add(Status.Code);
        return list;
    }
}
