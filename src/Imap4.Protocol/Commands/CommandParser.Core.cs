namespace Imap4.Protocol.Commands;

public static partial class CommandParser
{
    static partial void AddCoreCommands(Dictionary<string, CommandArgumentsParser> registry)
    {
        registry["CAPABILITY"] = CapabilityCommand.Parse;
        registry["NOOP"] = NoopCommand.Parse;
        registry["LOGOUT"] = LogoutCommand.Parse;
        registry["STARTTLS"] = StartTlsCommand.Parse;
        registry["AUTHENTICATE"] = AuthenticateCommand.Parse;
        registry["LOGIN"] = LoginCommand.Parse;
        registry["SELECT"] = SelectCommand.ParseSelect;
        registry["EXAMINE"] = SelectCommand.ParseExamine;
        registry["CREATE"] = CreateCommand.Parse;
        registry["DELETE"] = DeleteCommand.Parse;
        registry["RENAME"] = RenameCommand.Parse;
        registry["SUBSCRIBE"] = SubscribeCommand.Parse;
        registry["UNSUBSCRIBE"] = UnsubscribeCommand.Parse;
        registry["LIST"] = ListCommand.Parse;
        registry["LSUB"] = LsubCommand.Parse;
        registry["STATUS"] = StatusCommand.Parse;
        registry["APPEND"] = AppendCommand.Parse;
        registry["IDLE"] = IdleCommand.Parse;
        registry["CLOSE"] = CloseCommand.Parse;
        registry["UNSELECT"] = UnselectCommand.Parse;
        registry["EXPUNGE"] = ExpungeCommand.Parse;
        registry["CHECK"] = CheckCommand.Parse;
        registry["COPY"] = CopyCommand.Parse;
        registry["MOVE"] = MoveCommand.Parse;
    }

    static partial void AddUidCommands(Dictionary<string, CommandArgumentsParser> registry)
    {
        registry["COPY"] = CopyCommand.Parse;
        registry["MOVE"] = MoveCommand.Parse;
        registry["EXPUNGE"] = UidExpungeCommand.Parse;
    }
}
