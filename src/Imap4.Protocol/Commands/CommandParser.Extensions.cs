namespace Imap4.Protocol.Commands;

public static partial class CommandParser
{
    static partial void AddExtensionCommands(Dictionary<string, CommandArgumentsParser> registry)
    {
        registry["FETCH"] = FetchCommand.Parse;
        registry["STORE"] = StoreCommand.Parse;
        registry["NAMESPACE"] = NamespaceCommand.Parse;
        registry["ENABLE"] = EnableCommand.Parse;
        registry["ID"] = IdCommand.Parse;
        registry["GETQUOTA"] = GetQuotaCommand.Parse;
        registry["GETQUOTAROOT"] = GetQuotaRootCommand.Parse;
        registry["SETQUOTA"] = SetQuotaCommand.Parse;
        registry["SETACL"] = SetAclCommand.Parse;
        registry["DELETEACL"] = DeleteAclCommand.Parse;
        registry["GETACL"] = GetAclCommand.Parse;
        registry["LISTRIGHTS"] = ListRightsCommand.Parse;
        registry["MYRIGHTS"] = MyRightsCommand.Parse;
        registry["GETMETADATA"] = GetMetadataCommand.Parse;
        registry["SETMETADATA"] = SetMetadataCommand.Parse;
        registry["GETANNOTATION"] = GetAnnotationCommand.Parse;
        registry["SETANNOTATION"] = SetAnnotationCommand.Parse;
        registry["COMPRESS"] = CompressCommand.Parse;
        registry["PROXYAUTH"] = ProxyAuthCommand.Parse;
        registry["UNAUTHENTICATE"] = UnauthenticateCommand.Parse;
    }

    /// <summary>Registers the UID forms of the commands of <see cref="AddExtensionCommands"/> (UID FETCH, UID STORE).</summary>
    static partial void AddUidExtensionCommands(Dictionary<string, CommandArgumentsParser> registry);

    static partial void AddUidExtensionCommands(Dictionary<string, CommandArgumentsParser> registry)
    {
        registry["FETCH"] = FetchCommand.Parse;
        registry["STORE"] = StoreCommand.Parse;
    }
}
