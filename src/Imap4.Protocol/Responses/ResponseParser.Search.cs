namespace Imap4.Protocol.Responses;

public static partial class ResponseParser
{
    static partial void AddSearchResponses(Dictionary<string, UntaggedParser> registry)
    {
        registry["SEARCH"] = SearchResponse.Parse;
        registry["SORT"] = SortResponse.Parse;
        registry["ESEARCH"] = ESearchResponse.Parse;
        registry["THREAD"] = ThreadResponse.Parse;
    }
}
