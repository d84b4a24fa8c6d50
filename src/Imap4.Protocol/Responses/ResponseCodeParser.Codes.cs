namespace Imap4.Protocol.Responses;

public static partial class ResponseCodeParser
{
    static partial void AddCodes(Dictionary<string, ResponseCodeArgumentsParser> registry)
    {
        foreach (ResponseCode code in ResponseCode.WithoutData)
        {
            // Codes without data are shared instances; arguments after them fall back to a raw code (see Read).
            ResponseCode shared = code;
            registry[code.Name] = (ref reader, name) => shared;
        }
        registry["UIDNEXT"] = UidNextCode.Parse;
        registry["UIDVALIDITY"] = UidValidityCode.Parse;
        registry["UNSEEN"] = UnseenCode.Parse;
        registry["HIGHESTMODSEQ"] = HighestModSeqCode.Parse;
        registry["APPENDUID"] = AppendUidCode.Parse;
        registry["COPYUID"] = CopyUidCode.Parse;
        registry["MODIFIED"] = ModifiedCode.Parse;
        registry["BADCHARSET"] = BadCharsetCode.Parse;
        registry["CAPABILITY"] = CapabilityCode.Parse;
        registry["PERMANENTFLAGS"] = PermanentFlagsCode.Parse;
        registry["MAILBOXID"] = MailboxIdCode.Parse;
        registry["METADATA"] = MetadataCode.Parse;
    }
}
