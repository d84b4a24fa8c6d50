namespace Imap4.Protocol.Commands;

public static partial class CommandParser
{
    static partial void AddExtensionCommands(Dictionary<string, CommandArgumentsParser> registry)
    {
        registry["FETCH"] = FetchCommand.Parse;
        registry["STORE"] = StoreCommand.Parse;
    }

    /// <summary>Registers the UID forms of the commands of <see cref="AddExtensionCommands"/> (UID FETCH, UID STORE).</summary>
    static partial void AddUidExtensionCommands(Dictionary<string, CommandArgumentsParser> registry);

    static partial void AddUidExtensionCommands(Dictionary<string, CommandArgumentsParser> registry)
    {
        registry["FETCH"] = FetchCommand.Parse;
        registry["STORE"] = StoreCommand.Parse;
    }
}
