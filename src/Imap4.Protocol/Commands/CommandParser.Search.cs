namespace Imap4.Protocol.Commands;

public static partial class CommandParser
{
    static partial void AddSearchCommands(Dictionary<string, CommandArgumentsParser> registry)
    {
        registry["SEARCH"] = SearchCommand.Parse;
        registry["SORT"] = SortCommand.Parse;
        registry["THREAD"] = ThreadCommand.Parse;
    }

    static partial void AddUidSearchCommands(Dictionary<string, CommandArgumentsParser> registry)
    {
        registry["SEARCH"] = SearchCommand.Parse;
        registry["SORT"] = SortCommand.Parse;
        registry["THREAD"] = ThreadCommand.Parse;
    }
}
