namespace Imap4.Protocol.Responses;

public static partial class ResponseParser
{
    static partial void AddCoreResponses(Dictionary<string, UntaggedParser> registry)
    {
        registry["CAPABILITY"] = CapabilityResponse.Parse;
        registry["LIST"] = ListResponse.ParseList;
        registry["LSUB"] = ListResponse.ParseLsub;
        registry["XLIST"] = ListResponse.ParseXList;
        registry["STATUS"] = MailboxStatusResponse.Parse;
        registry["FLAGS"] = FlagsResponse.Parse;
        registry["NAMESPACE"] = NamespaceResponse.Parse;
        registry["ENABLED"] = EnabledResponse.Parse;
    }

    static partial void AddExtensionResponses(Dictionary<string, UntaggedParser> registry)
    {
        registry["VANISHED"] = VanishedResponse.Parse;
        registry["ID"] = IdResponse.Parse;
        registry["QUOTA"] = QuotaResponse.Parse;
        registry["QUOTAROOT"] = QuotaRootResponse.Parse;
        registry["ACL"] = AclResponse.Parse;
        registry["LISTRIGHTS"] = ListRightsResponse.Parse;
        registry["MYRIGHTS"] = MyRightsResponse.Parse;
        registry["METADATA"] = MetadataResponse.Parse;
        registry["ANNOTATION"] = AnnotationResponse.Parse;
    }

    static partial void AddMessageData(Dictionary<string, UntaggedParser> registry)
    {
        registry["EXISTS"] = ExistsResponse.Parse;
        registry["RECENT"] = RecentResponse.Parse;
        registry["EXPUNGE"] = ExpungeResponse.Parse;
    }
}
