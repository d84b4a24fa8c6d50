using System.Text;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Protocol.Tests.Responses;

public class UntaggedResponseTests
{
    [Theory]
    [InlineData("* CAPABILITY IMAP4rev2 STARTTLS AUTH=GSSAPI LOGINDISABLED")]
    [InlineData("* ENABLED CONDSTORE QRESYNC")]
    [InlineData("* ENABLED")]
    [InlineData("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)")]
    [InlineData("* FLAGS ()")]
    [InlineData("* 23 EXISTS")]
    [InlineData("* 0 EXISTS")]
    [InlineData("* 1 RECENT")]
    [InlineData("* 22 EXPUNGE")]
    [InlineData("* VANISHED 405,407,410,425")]
    [InlineData("* VANISHED (EARLIER) 41,43:116,118,120:211,214:540")]
    [InlineData("* LIST (\\Noselect) \"/\" foo")]
    [InlineData("* LIST () NIL INBOX")]
    [InlineData("* LIST (\\Marked \\Noinferiors) \"/\" INBOX")]
    [InlineData("* LIST () \"\\\\\" \"a b\"")]
    [InlineData("* LSUB (\\Noselect) \".\" #news.comp.mail")]
    [InlineData("* XLIST (\\HasNoChildren \\Inbox) \"/\" INBOX")]
    [InlineData("* LIST (\\Subscribed) \"/\" Foo (\"CHILDINFO\" (\"SUBSCRIBED\"))")]
    [InlineData("* LIST () \"/\" NewMailbox (\"OLDNAME\" (\"OldMailbox\"))")]
    [InlineData("* LIST () \"/\" New (\"CHILDINFO\" (\"SUBSCRIBED\") \"OLDNAME\" (\"Old\") \"tablecloth\" ((\"edge\" \"lacy\") 1:3) \"Sample\" \"text\")")]
    [InlineData("* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)")]
    [InlineData("* STATUS INBOX (MESSAGES 12 UIDNEXT 5 UIDVALIDITY 7 UNSEEN 3 DELETED 4 SIZE 9999999999 RECENT 1 HIGHESTMODSEQ 7011231777 APPENDLIMIT NIL MAILBOXID (F22) DELETED-STORAGE 8 XFOO (1 \"a\"))")]
    [InlineData("* STATUS x (APPENDLIMIT 1000)")]
    [InlineData("* STATUS x ()")]
    [InlineData("* NAMESPACE ((\"\" \"/\")) NIL NIL")]
    [InlineData("* NAMESPACE ((\"\" \"/\")(\"#mh/\" \"/\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))) ((\"~\" \"/\")) ((\"#shared/\" \"/\")(\"#news.\" \".\"))")]
    [InlineData("* NAMESPACE ((\"\" NIL)) NIL NIL")]
    [InlineData("* ID NIL")]
    [InlineData("* ID (\"name\" \"Cyrus\" \"version\" \"1.5\" \"os\" NIL)")]
    [InlineData("* QUOTA \"!partition/sda4\" (STORAGE 104 10923847)")]
    [InlineData("* QUOTA \"#user/alice\" (STORAGE 54 111 MESSAGE 42 1000)")]
    [InlineData("* QUOTA \"\" ()")]
    [InlineData("* QUOTAROOT INBOX \"#user/alice\" \"!partition/sda4\"")]
    [InlineData("* QUOTAROOT comp.mail.mime")]
    [InlineData("* ACL INBOX Fred rwipslxetad -Fred wetd $team w")]
    [InlineData("* ACL INBOX")]
    [InlineData("* LISTRIGHTS ~/Mail/saved smith la r swicdkxte")]
    [InlineData("* LISTRIGHTS archive.imap anyone \"\"")]
    [InlineData("* MYRIGHTS INBOX rwiptsldaex")]
    [InlineData("* METADATA \"\" (/shared/comment \"Shared comment\")")]
    [InlineData("* METADATA INBOX (/private/comment \"My own comment\" /shared/comment NIL)")]
    [InlineData("* METADATA INBOX (/private/filters/values/boss \"FROM \\\"boss@example.com\\\"\")")]
    [InlineData("* METADATA INBOX /shared/comment /private/comment")]
    [InlineData("* ANNOTATION \"INBOX\" \"/comment\" (\"value.shared\" \"My comment\" \"size.shared\" \"10\")")]
    [InlineData("* ANNOTATION \"INBOX\" \"/comment\" (\"value.priv\" NIL) \"/flags\" (\"value.shared\" \"x\")")]
    [InlineData("* ANNOTATION \"\" \"/comment\"")]
    public void Canonical_lines_round_trip_both_ways(string line)
    {
        ImapResponse r = ResponseWire.Canonical<UntaggedResponse>(line);
        ResponseWire.RoundTrip(r);
        Assert.Equal(line, r.ToString());
    }

    [Fact]
    public void Capability_values()
    {
        var r = ResponseWire.Parse<CapabilityResponse>("* capability IMAP4rev1 IDLE auth=PLAIN  ");
        Assert.Equal([Capability.Imap4Rev1, Capability.Idle, Capability.AuthPlain], r.Capabilities);
        Assert.True(r.Has(new Capability("idle")));
        Assert.False(r.Has(Capability.Move));
        Assert.Equal("CAPABILITY", r.Keyword);
    }

    [Fact]
    public void List_values()
    {
        var r = ResponseWire.Parse<ListResponse>("* LIST (\\HasNoChildren \\Sent \\XCustom) \"/\" \"Sent Items\" (\"CHILDINFO\" (\"SUBSCRIBED\") \"OLDNAME\" (\"Old &AOQ-\"))");
        Assert.Equal(ListKind.List, r.Kind);
        Assert.Equal('/', r.Delimiter);
        Assert.Equal("Sent Items", r.Mailbox.Name);
        Assert.Same(MailboxAttribute.HasNoChildren, r.Attributes[0]);
        Assert.Equal(new MailboxAttribute("\\xcustom"), r.Attributes[2]);
        Assert.Same(MailboxAttribute.Sent, r.SpecialUse);
        Assert.True(r.Has(MailboxAttribute.HasNoChildren));
        Assert.Equal(["SUBSCRIBED"], r.ChildInfo);
        Assert.Equal("Old ä", r.OldName!.Name);
        var lsub = ResponseWire.Parse<ListResponse>("* LSUB () NIL foo");
        Assert.Equal(("LSUB", (char?)null), (lsub.Keyword, lsub.Delimiter));
        Assert.Null(lsub.SpecialUse);
        Assert.Equal("XLIST", ResponseWire.Parse<ListResponse>("* XLIST () \"/\" foo").Keyword);
    }

    [Fact]
    public void Well_known_attributes_are_shared_and_written_in_rfc_9051_spelling()
    {
        var r = ResponseWire.Parse<ListResponse>("* LIST (\\NoInferiors \\NOSELECT \\hasnochildren) \"/\" x");
        Assert.Same(MailboxAttribute.NoInferiors, r.Attributes[0]);
        Assert.Same(MailboxAttribute.NoSelect, r.Attributes[1]);
        Assert.Equal("* LIST (\\Noinferiors \\Noselect \\HasNoChildren) \"/\" x", ResponseWire.Write(r));
    }

    [Fact]
    public void List_keeps_unknown_extended_items_raw()
    {
        var r = ResponseWire.Parse<ListResponse>("* LIST (\\Marked) \":\" Tables (tablecloth ((\"edge\" \"lacy\") (\"color\" \"red\")) Sample \"text\")");
        Assert.Equal(2, r.Extensions.Count);
        Assert.Equal("tablecloth", r.Extensions[0].Name);
        Assert.Equal("((\"edge\" \"lacy\") (\"color\" \"red\"))", r.Extensions[0].ValueText);
        Assert.Equal("\"text\"", r.Extensions[1].ValueText);
    }

    [Fact]
    public void List_mailbox_names_decode_modified_utf7_and_write_back()
    {
        var r = ResponseWire.Parse<ListResponse>("* LIST () \"/\" Entw&APw-rfe");
        Assert.Equal("Entwürfe", r.Mailbox.Name);
        Assert.Equal("* LIST () \"/\" Entw&APw-rfe", ResponseWire.Write(r));
        Assert.Equal(MailboxName.Inbox, ResponseWire.Parse<ListResponse>("* LIST () \"/\" inbox").Mailbox);
    }

    [Fact]
    public void List_honours_utf8_mailboxes_on_the_reader()
    {
        byte[] data = Encoding.UTF8.GetBytes(" () \"/\" \"Entwürfe\"\r\n");
        var reader = new Imap4.Protocol.Wire.ImapReader(data) { Utf8Mailboxes = true };
        ListResponse r = ListResponse.ParseList(ref reader, 0);
        Assert.Equal("Entwürfe", r.Mailbox.Name);
        Assert.Equal("* LIST () \"/\" \"Entwürfe\"\r\n", Encoding.UTF8.GetString(ResponseWire.WriteBytes(r, utf8: true)));
        // Without UTF-8 the same name is written in modified UTF-7.
        Assert.Equal("* LIST () \"/\" Entw&APw-rfe", ResponseWire.Write(r));
    }

    [Fact]
    public void Status_values()
    {
        var r = ResponseWire.Parse<MailboxStatusResponse>("* STATUS \"INBOX\" (messages 17 UNSEEN 16 APPENDLIMIT NIL SIZE 5000000000 MAILBOXID (F1) X-OTHER 4)");
        Assert.Equal(MailboxName.Inbox, r.Mailbox);
        Assert.Equal((17u, 16u, 5000000000ul), (r.Messages, r.Unseen, r.Size));
        Assert.Null(r.UidNext);
        Assert.True(r.AppendLimit!.Value.IsUnlimited);
        Assert.Equal("F1", r.MailboxId);
        Assert.Equal("X-OTHER 4", Assert.Single(r.Extensions).ToString());
        Assert.Equal(1000ul, ResponseWire.Parse<MailboxStatusResponse>("* STATUS x (APPENDLIMIT 1000)").AppendLimit!.Value.Bytes);
    }

    [Fact]
    public void Status_built_from_values_round_trips()
    {
        var r = new MailboxStatusResponse(new MailboxName("Ünïcode box"))
        {
            Messages = 1, UidNext = 2, UidValidity = 3, Unseen = 0, Deleted = 5, Size = 6, Recent = 7, HighestModSeq = 8,
            AppendLimit = StatusAppendLimit.Unlimited, MailboxId = "abc-_1", DeletedStorage = 9,
            Extensions = [new ExtensionItem("XX", "(a b)"u8.ToArray())],
        };
        ResponseWire.RoundTrip(r);
        Assert.NotEqual(r, r with { Messages = 2 });
        Assert.Throws<ArgumentException>(() => r with { MailboxId = "bad id" });
    }

    [Fact]
    public void Message_data_values()
    {
        Assert.Equal(23u, ResponseWire.Parse<ExistsResponse>("* 23 EXISTS").Count);
        Assert.Equal(3u, ResponseWire.Parse<RecentResponse>("* 3 recent").Count);
        Assert.Equal(44u, ResponseWire.Parse<ExpungeResponse>("* 44 EXPUNGE").SequenceNumber);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExpungeResponse(0));
        Assert.Equal("* 4294967295 EXISTS", ResponseWire.Write(new ExistsResponse(uint.MaxValue)));
    }

    [Fact]
    public void Vanished_values()
    {
        var r = ResponseWire.Parse<VanishedResponse>("* VANISHED (EARLIER) 300:310,405,411");
        Assert.True(r.Earlier);
        Assert.Equal(13, r.Uids.Count);
        Assert.False(ResponseWire.Parse<VanishedResponse>("* VANISHED 1").Earlier);
        ResponseWire.RoundTrip(new VanishedResponse(new UidSet(1, 5), Earlier: true));
    }

    [Fact]
    public void Namespace_values_tolerate_extra_spaces()
    {
        var r = ResponseWire.Parse<NamespaceResponse>("* NAMESPACE ((\"INBOX.\" \".\")) NIL  NIL");
        Assert.Equal("INBOX.", Assert.Single(r.Personal!).Prefix.Name);
        Assert.Equal('.', r.Personal![0].Delimiter);
        Assert.Null(r.OtherUsers);
        var shared = ResponseWire.Parse<NamespaceResponse>("* NAMESPACE NIL NIL ((\"#shared/\" \"/\") (\"#public/\" \"/\")(\"#ftp/\" \"/\" \"X\" (\"a\")))").Shared!;
        Assert.Equal(3, shared.Count);
        Assert.Equal(["a"], shared[2].Extensions[0].Values);
        Assert.Null(new NamespaceResponse([], null, null).Personal);
    }

    [Fact]
    public void Id_values()
    {
        var r = ResponseWire.Parse<IdResponse>("* ID (\"name\" \"Cyrus\" \"version\" \"1.5\" \"support-url\" \"mailto:cyrus-bugs+@andrew.cmu.edu\")");
        Assert.Equal("Cyrus", r["NAME"]);
        Assert.Null(r["missing"]);
        Assert.Same(IdResponse.Nil, ResponseWire.Parse<IdResponse>("* ID nil"));
        Assert.Null(IdResponse.Nil.Fields);
        Assert.Empty(ResponseWire.Parse<IdResponse>("* ID ()").Fields!);
    }

    [Fact]
    public void Quota_and_acl_values()
    {
        var q = ResponseWire.Parse<QuotaResponse>("* QUOTA \"#user/alice\" (storage 54 111 MESSAGE 42 1000)");
        Assert.Equal("#user/alice", q.Root);
        Assert.Equal([new QuotaResource("STORAGE", 54, 111), new QuotaResource("MESSAGE", 42, 1000)], q.Resources);
        var qr = ResponseWire.Parse<QuotaRootResponse>("* QUOTAROOT INBOX \"\"");
        Assert.Equal([""], qr.Roots);
        var acl = ResponseWire.Parse<AclResponse>("* ACL INBOX Fred rwipslxetad -Fred wetd");
        Assert.Equal(new AclEntry("-Fred", "wetd"), acl.Entries[1]);
        Assert.True(acl.Entries[1].IsNegative);
        var lr = ResponseWire.Parse<ListRightsResponse>("* LISTRIGHTS ~/Mail/saved smith la r swicdkxte");
        Assert.Equal(("~/Mail/saved", "smith", "la"), (lr.Mailbox.Name, lr.Identifier, lr.RequiredRights));
        Assert.Equal(["r", "swicdkxte"], lr.OptionalRights);
        var my = ResponseWire.Parse<MyRightsResponse>("* MYRIGHTS INBOX rwis");
        Assert.True(my.Has('w'));
        Assert.False(my.Has('a'));
    }

    [Fact]
    public void Metadata_values_and_forms()
    {
        var r = ResponseWire.Parse<MetadataResponse>("* METADATA \"INBOX\" (/private/comment \"My comment\" /shared/x NIL /shared/y {3}\r\nabc)");
        Assert.Equal("My comment", r.Entries[0].ValueText);
        Assert.Null(r.Entries[1].Value);
        Assert.Equal("abc", r.Entries[2].ValueText);
        var change = ResponseWire.Parse<MetadataChangeResponse>("* METADATA \"\" /shared/comment");
        Assert.Equal(("", "/shared/comment"), (change.Mailbox.Name, change.Entries[0]));
        Assert.Equal("METADATA", change.Keyword);
    }

    [Fact]
    public void Metadata_values_with_8bit_crlf_or_nul_are_written_as_literals()
    {
        var r = new MetadataResponse(MailboxName.Inbox,
        [
            MetadataEntry.FromText("/private/a", "line1\r\nline2"),
            MetadataEntry.FromText("/private/b", "grüße"),
            new MetadataEntry("/private/c", new byte[] { 1, 0, 2 }),
            MetadataEntry.FromText("/private/d", null),
        ]);
        string wire = Encoding.UTF8.GetString(ResponseWire.WriteBytes(r));
        Assert.Equal("* METADATA INBOX (/private/a {12}\r\nline1\r\nline2 /private/b {7}\r\ngrüße /private/c ~{3}\r\n\u0001\0\u0002 /private/d NIL)\r\n", wire);
        ResponseWire.RoundTrip(r);
        // With UTF-8 enabled, 8-bit text may be quoted.
        Assert.Contains("\"grüße\"", Encoding.UTF8.GetString(ResponseWire.WriteBytes(r, utf8: true)), StringComparison.Ordinal);
    }

    [Fact]
    public void Id_and_annotation_values_with_crlf_are_written_as_literals()
    {
        var id = new IdResponse([new("name", "a\r\nb")]);
        Assert.Equal("* ID (\"name\" {4}\r\na\r\nb)\r\n", Encoding.UTF8.GetString(ResponseWire.WriteBytes(id)));
        ResponseWire.RoundTrip(id);
        var ann = new AnnotationResponse(MailboxName.Inbox, [new AnnotationEntry("/comment", [new("value.shared", "ü")])]);
        Assert.Equal("* ANNOTATION \"INBOX\" \"/comment\" (\"value.shared\" {2}\r\nü)\r\n", Encoding.UTF8.GetString(ResponseWire.WriteBytes(ann)));
        ResponseWire.RoundTrip(ann);
    }

    [Fact]
    public void Annotation_values()
    {
        var r = ResponseWire.Parse<AnnotationResponse>("* ANNOTATION INBOX \"/comment\" (\"value.shared\" \"My comment\") /flags");
        Assert.Equal(2, r.Entries.Count);
        Assert.Equal("My comment", r.Entries[0].Attributes[0].Value);
        Assert.Empty(r.Entries[1].Attributes);
    }

    [Fact]
    public void Constructors_reject_invalid_values()
    {
        Assert.Throws<ArgumentNullException>(() => new ListResponse([], '/', null!));
        Assert.Throws<ArgumentException>(() => new ListResponse([], '\n', MailboxName.Inbox));
        Assert.Throws<ArgumentException>(() => new MailboxAttribute("\\a b"));
        Assert.Throws<ArgumentException>(() => new QuotaResponse("r", [new QuotaResource("A B", 1, 2)]));
        Assert.Throws<ArgumentException>(() => new MetadataResponse(MailboxName.Inbox, []));
        Assert.Throws<ArgumentException>(() => new NamespaceExtension("x", []));
        Assert.Throws<ArgumentException>(() => new ExtensionItem("x", ReadOnlyMemory<byte>.Empty));
        Assert.Throws<ArgumentException>(() => new FlagsResponse([null!]));
    }

    [Fact]
    public void Lists_compare_by_value()
    {
        Assert.Equal(new FlagsResponse([Flag.Seen]), new FlagsResponse([new Flag("\\seen")]));
        Assert.NotEqual(new FlagsResponse([Flag.Seen]), new FlagsResponse([Flag.Seen, Flag.Draft]));
        Assert.Equal(new ExtensionItem("a", new byte[] { 1 }), new ExtensionItem("A", new byte[] { 1 }));
        Assert.NotEqual(MetadataEntry.FromText("/a", "x"), MetadataEntry.FromText("/a", null));
    }
}
