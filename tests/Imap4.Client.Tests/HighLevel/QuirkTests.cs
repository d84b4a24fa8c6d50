using System.Text;
using Imap4.Client.Tests.Support;
using Imap4.Protocol.Fetch;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>ImapClientQuirks: each server deviation replayed by the fake server, with and without its switch.</summary>
public sealed class QuirkTests
{
    private const string Greeting = "* OK [CAPABILITY IMAP4rev1 UIDPLUS X-GM-EXT-1] ready";

    private static readonly FetchAttribute[] Items = [FetchAttribute.Uid, FetchAttribute.Flags];

    private static async Task<List<FetchResult>> FetchAllAsync(ImapClient client, IReadOnlyList<FetchAttribute> items)
    {
        var list = new List<FetchResult>();
        await foreach (FetchResult r in client.FetchAsync("1:*", items)) list.Add(r);
        return list;
    }

    private static Task<ImapClient> ClientAsync(FakeImapServer server, ImapClientQuirks quirks) =>
        ClientFakeServerTests.ClientAsync(server, connection: FakeImapServer.Options() with { Quirks = quirks });

    /// <summary>Answers one UID FETCH with the given raw bytes (line ends as they are), then the tagged OK.</summary>
    private static FakeImapServer Replay(string responses, string lineEnd = "\r\n") => FakeImapServer.Start(async s =>
    {
        await s.SendAsync(Greeting);
        var (tag, _) = await s.ReadCommandAsync();
        await s.SendBytesAsync(Encoding.UTF8.GetBytes(responses + $"{tag} OK done" + lineEnd));
        await s.DrainAsync();
    });

    [Fact]
    public async Task Bare_line_feeds_close_the_connection_unless_tolerated()
    {
        const string Responses = "* 1 FETCH (UID 4 FLAGS (\\Seen))\n* 2 FETCH (UID 9 FLAGS ())\n";
        await using (var strict = Replay(Responses, "\n"))
        {
            await using ImapClient client = await ClientAsync(strict, ImapClientQuirks.None);
            await Assert.ThrowsAnyAsync<ImapException>(() => FetchAllAsync(client, Items));
            Assert.False(client.IsConnected);
        }
        await using var tolerant = Replay(Responses, "\n");
        await using ImapClient lenient = await ClientAsync(tolerant, new ImapClientQuirks { TolerateBareLineFeed = true });
        List<FetchResult> results = await FetchAllAsync(lenient, Items);
        Assert.Equal([4u, 9u], results.Select(r => r.Uid!.Value));
        Assert.True(results[0].HasFlag(Imap4.Protocol.Primitives.Flag.Seen));
    }

    [Fact]
    public async Task Fetch_answers_without_uid_are_yielded_only_when_accepted()
    {
        const string Responses = "* 1 FETCH (FLAGS (\\Seen))\r\n* 2 FETCH (UID 9 FLAGS ())\r\n";
        await using (var strict = Replay(Responses))
        {
            await using ImapClient client = await ClientAsync(strict, ImapClientQuirks.None);
            Assert.Equal([9u], (await FetchAllAsync(client, Items)).Select(r => r.Uid!.Value));
        }
        await using var tolerant = Replay(Responses);
        await using ImapClient lenient = await ClientAsync(tolerant, new ImapClientQuirks { AcceptFetchWithoutUid = true });
        List<FetchResult> results = await FetchAllAsync(lenient, Items);
        Assert.Equal(2, results.Count);
        Assert.Null(results[0].Uid);
        Assert.Equal(1u, results[0].SequenceNumber);
    }

    [Fact]
    public async Task Exchange_nil_media_types_are_read_as_octet_stream_when_repaired()
    {
        const string Responses =
            "* 1 FETCH (UID 4 BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" NIL) NIL NIL NIL 10 NIL NIL NIL NIL NIL)" +
            "(NIL NIL (\"name\" \"(NIL NIL x\") NIL NIL \"base64\" 20 NIL (\"attachment\" (\"filename\" \"a.bin\")) NIL NIL) \"mixed\" NIL NIL NIL NIL)" +
            " BODY[HEADER] {11}\r\n(NIL NIL \"x)\r\n";
        FetchAttribute[] items = [FetchAttribute.Uid, FetchAttribute.BodyStructure, FetchAttribute.BodyPeek(BodySection.Header)];
        await using (var strict = Replay(Responses))
        {
            await using ImapClient client = await ClientAsync(strict, ImapClientQuirks.None);
            Assert.Empty(await FetchAllAsync(client, items));
        }
        await using var tolerant = Replay(Responses);
        await using ImapClient lenient = await ClientAsync(tolerant, new ImapClientQuirks { RepairNilMediaTypes = true });
        FetchResult result = Assert.Single(await FetchAllAsync(lenient, items));
        var multipart = Assert.IsType<MultipartBody>(result.BodyStructure);
        Assert.Equal(2, multipart.Parts.Count);
        var attachment = Assert.IsType<SinglePartBody>(multipart.Parts[1]);
        Assert.True(attachment.IsAttachment);
        Assert.Equal("application/octet-stream", attachment.ContentType);
        // The quoted parameter value that looks like the pattern is left alone.
        Assert.Equal("(NIL NIL x", attachment.GetParameter("name"));
        Assert.Equal("(NIL NIL \"x", Encoding.ASCII.GetString(result.GetSection(BodySection.Header)!.Value.Span));
    }

    [Fact]
    public async Task Gmail_quoted_system_labels_are_read_as_flags_by_default()
    {
        await using var server = Replay("* 1 FETCH (UID 4 X-GM-LABELS (\"\\\\Important\" \\Inbox \"My Label\" Work) X-GM-THRID 7)\r\n");
        await using ImapClient client = await ClientAsync(server, ImapClientQuirks.None);
        FetchResult result = Assert.Single(await FetchAllAsync(client, [FetchAttribute.Uid, FetchAttribute.GmailLabels, FetchAttribute.GmailThreadId]));
        Assert.Equal(["\\Important", "\\Inbox", "My Label", "Work"], result.GmailLabels);
        Assert.Equal(7ul, result.GmailThreadId);
    }

    /// <summary>iCloud answers FETCH (RFC822) with the FETCH line but without the RFC822 item (no body).</summary>
    private static FakeImapServer ICloud(string expectedCommand, string answer) => FakeImapServer.Start(async s =>
    {
        await s.SendAsync("* OK [CAPABILITY IMAP4rev1 UIDPLUS X-APPLE-REMOTE-LINKS] ready");
        var (tag, text) = await s.ReadCommandAsync();
        Assert.Equal(expectedCommand, text);
        await s.SendBytesAsync(Encoding.ASCII.GetBytes(answer + $"{tag} OK FETCH completed\r\n"));
        await s.DrainAsync();
    });

    [Fact]
    public async Task ICloud_rfc822_without_its_item_is_fetched_as_body_when_the_switch_is_on()
    {
        FetchAttribute[] items = [FetchAttribute.Uid, FetchAttribute.Rfc822];
        await using (var strict = ICloud("UID FETCH 1:* (UID RFC822)", "* 1 FETCH (UID 7)\r\n"))
        {
            await using ImapClient client = await ClientAsync(strict, ImapClientQuirks.None);
            FetchResult bare = Assert.Single(await FetchAllAsync(client, items));
            Assert.Null(bare.Response.Get<Imap4.Protocol.Fetch.Rfc822Item>());
        }
        await using var tolerant = ICloud("UID FETCH 1:* (UID BODY[])", "* 1 FETCH (UID 7 BODY[] {12}\r\nSubject: x\r\n)\r\n");
        await using ImapClient lenient = await ClientAsync(tolerant, new ImapClientQuirks { FetchRfc822AsBody = true });
        FetchResult result = Assert.Single(await FetchAllAsync(lenient, items));
        Assert.Equal("Subject: x\r\n", Encoding.ASCII.GetString(result.Response.Get<Imap4.Protocol.Fetch.Rfc822Item>()!.Content!.Value.Span));
        Assert.Equal("Subject: x\r\n", Encoding.ASCII.GetString(result.GetSection(BodySection.All)!.Value.Span));
    }

    [Fact]
    public async Task Yahoo_inbox_listed_as_mixed_case_inbox_is_reported_as_INBOX_by_default()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 ID NAMESPACE UIDPLUS LITERAL+ CHILDREN XYMHIGHESTMODSEQ] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("LIST \"\" *", text);
            await s.SendAsync("* LIST (\\HasNoChildren) \"/\" \"Bulk Mail\"\r\n* LIST (\\HasNoChildren) \"/\" \"Inbox\"\r\n" + $"{tag} OK LIST completed");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("SELECT INBOX", text);
            await s.SendAsync($"* 3 EXISTS\r\n* OK [UIDVALIDITY 1] UIDs valid\r\n* OK [HIGHESTMODSEQ 102784]\r\n{tag} OK [READ-WRITE] SELECT completed");
        });
        await using ImapClient client = await ClientAsync(server, ImapClientQuirks.None);
        IReadOnlyList<FolderInfo> folders = await client.ListFoldersAsync();
        FolderInfo inbox = Assert.Single(folders, f => f.Mailbox.IsInbox);
        Assert.Equal("INBOX", inbox.Name);
        MailboxInfo selected = await client.SelectAsync(inbox.Name);
        Assert.Equal(3u, selected.Exists);
        // Yahoo sends HIGHESTMODSEQ while announcing only XYMHIGHESTMODSEQ, not CONDSTORE: kept as sent.
        Assert.Equal(102784ul, selected.HighestModSeq);
        await server.Completion;
    }
}
