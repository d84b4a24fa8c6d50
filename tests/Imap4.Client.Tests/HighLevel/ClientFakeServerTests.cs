using System.Text;
using Imap4.Client.Sasl;
using Imap4.Client.Tests.Support;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>ImapClient edge cases against the scripted fake server: exact wire behaviour.</summary>
public sealed class ClientFakeServerTests
{
    private const string Greeting = "* OK [CAPABILITY IMAP4rev1 IDLE UIDPLUS ENABLE] ready";

    private static readonly ImapClientOptions Fast = new() { LogoutTimeout = TimeSpan.FromMilliseconds(200) };

    internal static async Task<ImapClient> ClientAsync(FakeImapServer server, ImapClientOptions? options = null, ImapConnectionOptions? connection = null) =>
        ImapClient.Create(await server.ConnectAsync(connection), options ?? Fast);

    private static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));

    [Fact]
    public async Task Search_retries_in_us_ascii_on_badcharset_for_ascii_criteria()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("UID SEARCH CHARSET UTF-8 SUBJECT \"hello\"", text);
            await s.SendAsync($"{tag} NO [BADCHARSET (US-ASCII)] only ascii");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("UID SEARCH SUBJECT \"hello\"", text);
            await s.SendAsync("* SEARCH 4 9");
            await s.SendAsync($"{tag} OK done");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("UID SEARCH CHARSET UTF-8 SUBJECT {3}", text);
            await s.SendAsync($"{tag} NO [BADCHARSET (US-ASCII)] only ascii");
        });
        await using ImapClient client = await ClientAsync(server);
        Assert.Equal([4u, 9u], await client.SearchAsync(SearchQuery.Subject("hello")));
        var e = await Assert.ThrowsAsync<ImapCommandException>(() => client.SearchAsync(SearchQuery.Subject("h\u00e9")));
        Assert.Equal("BADCHARSET", e.ResponseCode?.Name);
        await server.Completion;
    }

    [Fact]
    public async Task ProxyAuth_sends_the_user_and_surfaces_a_refusal()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("PROXYAUTH \"bob smith\"", text);
            await s.SendAsync($"{tag} OK now bob");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("PROXYAUTH carol", text);
            await s.SendAsync($"{tag} NO [NOPERM] not an administrator");
        });
        await using ImapClient client = await ClientAsync(server);
        await client.ProxyAuthAsync("bob smith");
        var e = await Assert.ThrowsAsync<ImapCommandException>(() => client.ProxyAuthAsync("carol"));
        Assert.Equal("NOPERM", e.ResponseCode?.Name);
        await server.Completion;
    }

    [Fact]
    public async Task Search_uses_esearch_when_offered()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 ESEARCH] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("UID SEARCH RETURN (ALL) CHARSET UTF-8 UNSEEN", text);
            await s.SendAsync($"* ESEARCH (TAG \"{tag}\") UID ALL 3:5,9");
            await s.SendAsync($"{tag} OK done");
        });
        await using ImapClient client = await ClientAsync(server);
        Assert.Equal([3u, 4u, 5u, 9u], await client.SearchAsync(SearchQuery.Unseen));
        await server.Completion;
    }

    [Fact]
    public async Task Move_falls_back_to_copy_store_and_uid_expunge()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("UID COPY 2,4:7 Archive", text);
            await s.SendAsync($"{tag} OK [COPYUID 9 2,4:7 20:24] copied");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("UID STORE 2,4:7 +FLAGS.SILENT (\\Deleted)", text);
            await s.SendAsync($"{tag} OK stored");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("UID EXPUNGE 2,4:7", text);
            await s.SendAsync("* 2 EXPUNGE");
            await s.SendAsync($"{tag} OK expunged");
        });
        await using ImapClient client = await ClientAsync(server);
        CopyResult moved = await client.MoveAsync("2,4:7", "Archive");
        Assert.Equal(9u, moved.UidValidity);
        Assert.Equal(20u, moved.UidMap[2]);
        Assert.Equal(24u, moved.UidMap[7]);
        await server.Completion;
    }

    [Fact]
    public async Task Move_uses_move_when_offered_and_refuses_without_move_or_uidplus()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 MOVE] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("MOVE 3 Trash", text);
            await s.SendAsync("* OK [COPYUID 5 12 40] moving");
            await s.SendAsync("* 3 EXPUNGE");
            await s.SendAsync($"{tag} OK moved");
        });
        await using ImapClient client = await ClientAsync(server, Fast with { UseUid = false });
        CopyResult moved = await client.MoveAsync(3u, "Trash");
        Assert.Equal(40u, moved.UidMap[12]);
        await server.Completion;

        await using var plain = FakeImapServer.Start(s => s.SendAsync("* OK [CAPABILITY IMAP4rev1] ready"));
        await using ImapClient old = await ClientAsync(plain);
        await Assert.ThrowsAsync<NotSupportedException>(() => old.MoveAsync(1u, "Trash"));
    }

    [Fact]
    public async Task Idle_is_renewed_after_the_interval()
    {
        int idles = 0;
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            for (int i = 0; i < 3; i++)
            {
                var (tag, text) = await s.ReadCommandAsync();
                Assert.Equal("IDLE", text);
                Interlocked.Increment(ref idles);
                await s.SendAsync("+ idling");
                if (i == 0) await s.SendAsync("* 4 EXISTS");
                Assert.Equal("DONE", await s.ReadLineAsync());
                await s.SendAsync($"{tag} OK idle done");
            }
        });
        var options = Fast with { IdleRenewalInterval = TimeSpan.FromMilliseconds(150) };
        await using ImapClient client = await ClientAsync(server, options);
        using var stop = new CancellationTokenSource();
        var updates = new List<MailboxUpdate>();
        await foreach (MailboxUpdate u in client.IdleAsync(stop.Token))
        {
            updates.Add(u);
            while (Volatile.Read(ref idles) < 3) await Task.Delay(20);
            stop.Cancel();
        }
        Assert.Equal(4u, Assert.Single(updates).Count);
        await server.Completion;
        Assert.Equal(3, idles);
    }

    [Fact]
    public async Task Idle_detects_a_dead_connection_when_done_goes_unanswered()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (_, text) = await s.ReadCommandAsync();
            Assert.Equal("IDLE", text);
            await s.SendAsync("+ idling");
            Assert.Equal("DONE", await s.ReadLineAsync());
            // Silence, as from a dead peer, until the client gives up and closes.
            Assert.True(await s.ReadEndAsync());
        });
        var options = Fast with { IdleRenewalInterval = TimeSpan.FromMilliseconds(100), IdleDoneTimeout = TimeSpan.FromMilliseconds(300) };
        await using ImapClient client = await ClientAsync(server, options);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<ImapConnectionException>(() => client.IdleAsync(_ => ValueTask.CompletedTask, CancellationToken.None));
        Assert.Contains("DONE", e.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"took {watch.Elapsed}");
        Assert.False(client.IsConnected);
        await server.Completion;
    }

    [Fact]
    public async Task Login_is_refused_when_the_server_disables_it()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=PLAIN] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("NOOP", text);
            await s.SendAsync($"{tag} OK nothing");
        });
        await using ImapClient client = await ClientAsync(server);
        await Assert.ThrowsAsync<ImapSecurityException>(() => client.LoginAsync("joe", "secret"));
        Assert.Empty(await client.NoopAsync());
        await server.Completion;
    }

    [Fact]
    public async Task Append_over_the_appendlimit_is_refused_before_sending()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 APPENDLIMIT=10 LITERAL+ UIDPLUS] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("APPEND INBOX (\\Seen) {5+}", text);
            Assert.Equal("hello", Encoding.ASCII.GetString(await s.ReadBytesAsync(5)));
            Assert.Equal("", await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK [APPENDUID 7 33] appended");
        });
        await using ImapClient client = await ClientAsync(server);
        Assert.Equal(10UL, client.AppendLimit);
        var e = await Assert.ThrowsAsync<ImapCommandException>(() => client.AppendAsync("INBOX", Encoding.ASCII.GetBytes("hello world")));
        Assert.Equal("TOOBIG", e.ResponseCode?.Name);
        AppendResult ok = await client.AppendAsync("INBOX", Encoding.ASCII.GetBytes("hello"), [Flag.Seen]);
        Assert.Equal(33u, ok.Uid);
        Assert.Equal(7u, ok.UidValidity);
        await server.Completion;
    }

    [Fact]
    public async Task Annotatemore_get_and_set()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 ANNOTATEMORE] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("SETANNOTATION INBOX \"/comment\" (\"value.shared\" \"hi there\")", text);
            await s.SendAsync($"{tag} OK set");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("GETANNOTATION INBOX \"/comment\" \"value.shared\"", text);
            await s.SendAsync("* ANNOTATION INBOX /comment (value.shared \"hi there\")");
            await s.SendAsync($"{tag} OK got");
        });
        await using ImapClient client = await ClientAsync(server);
        await client.SetAnnotationAsync("INBOX", "/comment", new Dictionary<string, string?> { ["value.shared"] = "hi there" });
        var entry = Assert.Single(await client.GetAnnotationAsync("INBOX", ["/comment"], ["value.shared"]));
        Assert.Equal("/comment", entry.Name);
        Assert.Equal("hi there", entry.Attributes[0].Value);
        await server.Completion;
    }

    [Fact]
    public async Task Dispose_logs_out_politely()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("LOGOUT", text);
            await s.SendAsync("* BYE bye");
            await s.SendAsync($"{tag} OK logged out");
        });
        ImapClient client = await ClientAsync(server);
        await client.DisposeAsync();
        Assert.False(client.IsConnected);
        await server.Completion;
    }

    [Fact]
    public async Task Authenticate_with_a_mechanism_answers_the_empty_challenge_without_sasl_ir()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=SCRAM-SHA-1] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("AUTHENTICATE PLAIN", text);
            await s.SendAsync("+ ");
            Assert.Equal(B64("\0joe\0secret"), await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK [CAPABILITY IMAP4rev1 IDLE] welcome");
        });
        await using ImapClient client = await ClientAsync(server);
        // SCRAM is preferred, but PLAIN is named: the caller's order wins.
        await client.AuthenticateAsync(SaslCredentials.FromPassword("joe", "secret"), new SaslSelectionOptions { AllowPlaintext = true, Mechanisms = ["PLAIN"] });
        Assert.True(client.IsAuthenticated);
        await server.Completion;
    }

    [Fact]
    public async Task Oauth2_failure_keeps_the_servers_error_document()
    {
        const string error = "{\"status\":\"401\",\"schemes\":\"bearer\"}";
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("AUTHENTICATE XOAUTH2 " + B64("user=joe@example.com\u0001auth=Bearer tok\u0001\u0001"), text);
            await s.SendAsync("+ " + B64(error));
            Assert.Equal("", await s.ReadLineAsync());
            await s.SendAsync($"{tag} NO [AUTHENTICATIONFAILED] invalid token");
        });
        await using ImapClient client = await ClientAsync(server);
        var e = await Assert.ThrowsAsync<ImapCommandException>(() => client.OAuth2LoginAsync("joe@example.com", "tok"));
        Assert.Equal("AUTHENTICATIONFAILED", e.ResponseCode?.Name);
        Assert.Equal(error, e.Data["SaslServerError"]);
        await server.Completion;
    }

    [Fact]
    public async Task Qresync_is_enabled_before_select_and_unselect_falls_back_without_unselect()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 ENABLE CONDSTORE QRESYNC] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("ENABLE QRESYNC", text);
            await s.SendAsync("* ENABLED QRESYNC");
            await s.SendAsync($"{tag} OK enabled");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("SELECT INBOX (QRESYNC (67890007 20050715194045000 41,43:211,214:541))", text);
            await s.SendAsync("* 10 EXISTS");
            await s.SendAsync("* OK [UIDVALIDITY 67890007] ok");
            await s.SendAsync("* OK [HIGHESTMODSEQ 20050715194045319] ok");
            await s.SendAsync("* VANISHED (EARLIER) 41,43:116,118,120:211,214:540");
            await s.SendAsync("* 49 FETCH (UID 117 FLAGS (\\Seen \\Answered) MODSEQ (90060115194045001))");
            await s.SendAsync($"{tag} OK [READ-WRITE] selected");
            (tag, text) = await s.ReadCommandAsync();
            Assert.StartsWith("EXAMINE imap4-unselect-", text, StringComparison.Ordinal);
            await s.SendAsync($"{tag} NO [NONEXISTENT] no such mailbox");
        });
        await using ImapClient client = await ClientAsync(server);
        var known = new QResyncParameters(67890007, 20050715194045000, UidSet.Parse("41,43:211,214:541"));
        MailboxInfo box = await client.SelectAsync("INBOX", new SelectOptions { QResync = known });
        Assert.Equal(10u, box.Exists);
        Assert.Equal(20050715194045319UL, box.HighestModSeq);
        Assert.True(box.Vanished!.Contains(540));
        Assert.Equal(117u, Assert.Single(box.Changed).Uid);
        await client.UnselectAsync();
        Assert.Null(client.SelectedFolder);
        await server.Completion;
    }

    [Fact]
    public async Task Fetch_yields_each_message_before_the_command_completes()
    {
        var firstSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("UID FETCH 1:* (FLAGS)", text);
            await s.SendAsync("* 1 FETCH (UID 10 FLAGS (\\Seen))");
            // The second message only comes once the client has consumed the first: buffering would deadlock here.
            await firstSeen.Task.WaitAsync(TimeSpan.FromSeconds(5));
            await s.SendAsync("* 2 FETCH (FLAGS (\\Flagged))");
            await s.SendAsync("* 2 FETCH (UID 11 FLAGS ())");
            await s.SendAsync($"{tag} OK done");
        });
        await using ImapClient client = await ClientAsync(server);
        var uids = new List<uint>();
        await foreach (FetchResult r in client.FetchAsync("1:*", "FLAGS"))
        {
            uids.Add(r.Uid!.Value);
            firstSeen.TrySetResult();
        }
        Assert.Equal([10u, 11u], uids);
        await server.Completion;
    }

    [Fact]
    public async Task Gmail_labels_are_stored_and_returned()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 X-GM-EXT-1] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.StartsWith("UID STORE 5 +X-GM-LABELS (", text, StringComparison.Ordinal);
            Assert.Contains("Work", text, StringComparison.Ordinal);
            await s.SendAsync("* 1 FETCH (UID 5 X-GM-LABELS (Work \\Inbox))");
            await s.SendAsync($"{tag} OK stored");
        });
        await using ImapClient client = await ClientAsync(server);
        var labels = await client.StoreGmailLabelsAsync(5u, Imap4.Protocol.Commands.StoreAction.Add, ["Work"]);
        Assert.Equal(["Work", "\\Inbox"], labels[5]);
        await Assert.ThrowsAsync<NotSupportedException>(() => client.StoreAsync(5u, Imap4.Protocol.Commands.StoreAction.Add, [Flag.Seen], unchangedSince: 7));
        await server.Completion;
    }

    [Fact]
    public async Task Several_messages_are_appended_one_by_one_without_multiappend()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS] ready");
            for (uint uid = 8; uid <= 9; uid++)
            {
                var (tag, text) = await s.ReadCommandAsync();
                Assert.Equal("APPEND Drafts {1+}", text);
                await s.ReadBytesAsync(1);
                Assert.Equal("", await s.ReadLineAsync());
                await s.SendAsync($"{tag} OK [APPENDUID 3 {uid}] appended");
            }
        });
        await using ImapClient client = await ClientAsync(server);
        AppendResult result = await client.AppendAsync("Drafts", [client.CreateAppendMessage("a"u8.ToArray()), client.CreateAppendMessage("b"u8.ToArray())]);
        Assert.Equal([8u, 9u], result.Uids!.Enumerate());
        Assert.Equal(3u, result.UidValidity);
        await server.Completion;
    }
}
