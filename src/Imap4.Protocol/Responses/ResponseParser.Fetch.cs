namespace Imap4.Protocol.Responses;

public static partial class ResponseParser
{
    static partial void AddFetch(Dictionary<string, UntaggedParser> registry) => registry["FETCH"] = FetchResponse.Parse;
}
