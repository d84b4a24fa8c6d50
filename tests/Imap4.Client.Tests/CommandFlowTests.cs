using Imap4.Client.Tests.Support;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client.Tests;

public sealed class CommandFlowTests
{
    private const string Greeting = "* OK [CAPABILITY IMAP4rev1 IDLE] ready";

    [Fact]
    public async Task Greeting_capabilities_come_from_the_response_code()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 IDLE SASL-IR] hello");
            Assert.True(await s.ReadEndAsync());
        });
        await using (ImapConnection c = await server.ConnectAsync())
        {
            Assert.Equal("hello", c.Greeting.Text);
            Assert.True(c.HasCapability(Capability.SaslIR));
            Assert.Equal(ImapConnectionState.NotAuthenticated, c.State);
        }
        await server.Completion;
    }

    [Fact]
    public async Task Without_capabilities_in_the_greeting_the_client_asks()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* PREAUTH welcome");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("CAPABILITY", text);
            await s.SendAsync("* CAPABILITY IMAP4rev1 MOVE");
            await s.SendAsync($"{tag} OK done");
        });
        await using ImapConnection c = await server.ConnectAsync();
        Assert.True(c.HasCapability(Capability.Move));
        Assert.Equal(ImapConnectionState.Authenticated, c.State);
        await server.Completion;
    }

    [Fact]
    public async Task Login_password_with_crlf_goes_as_a_synchronizing_literal()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("LOGIN joe {8}", text);
            await s.SendAsync("+ go ahead");
            Assert.Equal("a\r\nb\"c\\d"u8.ToArray()[..8], await s.ReadBytesAsync(8));
            Assert.Equal("", await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK [CAPABILITY IMAP4rev1 MOVE] welcome");
        });
        await using ImapConnection c = await server.ConnectAsync();
        ImapCommandResult r = await c.LoginAsync("joe", "a\r\nb\"c\\d"[..8]);
        Assert.True(r.IsOk);
        Assert.Equal(ImapConnectionState.Authenticated, c.State);
        Assert.True(c.HasCapability(Capability.Move));
        await server.Completion;
    }

    [Fact]
    public async Task Literal_plus_is_used_without_waiting_when_offered()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 LITERAL+] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("LOGIN \"joe\\\\\" {5+}", text);
            Assert.Equal("a\r\nb\"", System.Text.Encoding.ASCII.GetString(await s.ReadBytesAsync(5)));
            Assert.Equal("", await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK [CAPABILITY IMAP4rev1] logged in");
        });
        await using ImapConnection c = await server.ConnectAsync();
        await c.ExecuteAsync(new LoginCommand("joe\\", "a\r\nb\""));
        Assert.Equal(ImapConnectionState.Authenticated, c.State);
        await server.Completion;
    }

    [Fact]
    public async Task A_tagged_no_instead_of_a_continuation_ends_the_command_and_the_connection_goes_on()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("LOGIN joe {3}", text);
            await s.SendAsync($"{tag} NO [LIMIT] no literals today");
            var (tag2, text2) = await s.ReadCommandAsync();
            Assert.Equal("NOOP", text2);
            await s.SendAsync($"{tag2} OK noop");
        });
        await using ImapConnection c = await server.ConnectAsync();
        var e = await Assert.ThrowsAsync<ImapCommandException>(() => c.LoginAsync("joe", "a\nb"));
        Assert.Equal("LIMIT", e.ResponseCode!.Name);
        Assert.Equal(StatusKind.No, e.Status!.Kind);
        Assert.True((await c.NoopAsync()).IsOk);
        await server.Completion;
    }

    [Fact]
    public async Task Untagged_data_is_routed_to_the_command_and_unsolicited_updates_are_published()
    {
        var updates = new List<ImapUpdate>();
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync("* SEARCH 2 3 5");
            await s.SendAsync("* 7 EXISTS");
            await s.SendAsync("* OK [ALERT] disk almost full");
            await s.SendAsync($"{tag} OK searched");
            var (tag2, _) = await s.ReadCommandAsync();
            await s.SendAsync("* 1 FETCH (FLAGS (\\Seen))");
            await s.SendAsync($"{tag2} OK fetched");
        });
        await using ImapConnection c = await server.ConnectAsync();
        c.UpdateReceived += (_, e) => updates.Add(e.Update);
        ImapCommandResult search = await c.ExecuteRawAsync("SEARCH UNSEEN");
        Assert.Equal([2u, 3u, 5u], search.Get<SearchResponse>().Single().Numbers);
        Assert.Equal(7u, search.Get<ExistsResponse>().Single().Count);
        Assert.Equal("ALERT", search.UntaggedStatus.Single().Code!.Name);
        ImapCommandResult fetch = await c.ExecuteRawAsync("FETCH 1 FLAGS");
        Assert.Single(fetch.Get<FetchResponse>());
        // EXISTS during SEARCH and the alert are updates; the FETCH asked for by FETCH is not.
        Assert.Equal([ImapUpdateKind.Exists, ImapUpdateKind.Alert], updates.Select(u => u.Kind));
        Assert.Equal("disk almost full", updates[1].Status!.Text);
        await server.Completion;
    }

    [Fact]
    public async Task Updates_between_commands_arrive_on_the_async_stream()
    {
        var release = new TaskCompletionSource();
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            await release.Task;
            await s.SendAsync("* 3 EXPUNGE");
            await s.SendAsync("* 1 FETCH (FLAGS (\\Deleted))");
            await s.SendAsync("* VANISHED 4:5");
            Assert.True(await s.ReadEndAsync());
        });
        ImapConnection c = await server.ConnectAsync();
        await using var updates = c.ReadUpdatesAsync().GetAsyncEnumerator();
        ValueTask<bool> first = updates.MoveNextAsync();
        release.SetResult();
        Assert.True(await first);
        Assert.Equal(3u, ((ExpungeResponse)updates.Current.Data!).SequenceNumber);
        Assert.True(await updates.MoveNextAsync());
        Assert.Equal(ImapUpdateKind.Fetch, updates.Current.Kind);
        Assert.True(await updates.MoveNextAsync());
        Assert.Equal(ImapUpdateKind.Vanished, updates.Current.Kind);
        await c.DisposeAsync();
        Assert.False(await updates.MoveNextAsync());
        await server.Completion;
    }

    [Fact]
    public async Task Select_tracks_state_and_the_last_response_codes()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* PREAUTH [CAPABILITY IMAP4rev1] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("SELECT INBOX", text);
            await s.SendAsync("* 4 EXISTS");
            await s.SendAsync("* OK [UIDVALIDITY 3857529045] UIDs valid");
            await s.SendAsync("* OK [UIDNEXT 4392] next");
            await s.SendAsync($"{tag} OK [READ-WRITE] selected");
            var (tag2, _) = await s.ReadCommandAsync();
            await s.SendAsync($"{tag2} NO [NONEXISTENT] no such mailbox");
        });
        await using ImapConnection c = await server.ConnectAsync();
        ImapCommandResult r = await c.ExecuteAsync(new SelectCommand(MailboxName.Inbox));
        Assert.Equal(ImapConnectionState.Selected, c.State);
        Assert.Equal(4u, r.Get<ExistsResponse>().Single().Count);
        Assert.Equal(3857529045u, ((UidValidityCode)c.GetLastResponseCode("uidvalidity")!).UidValidity);
        Assert.Equal("READ-WRITE", c.GetLastResponseCode("READ-WRITE")!.Name);
        await Assert.ThrowsAsync<ImapCommandException>(() => c.ExecuteAsync(new SelectCommand(new MailboxName("nope"))));
        Assert.Equal(ImapConnectionState.Authenticated, c.State);
        Assert.Null(c.GetLastResponseCode("TRYCREATE"));
        await server.Completion;
    }

    [Fact]
    public async Task Raw_commands_with_cr_lf_or_nul_are_refused_before_anything_is_sent()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("XYZZY \"x\"", text);
            await s.SendAsync("* XYZZY nothing happens");
            await s.SendAsync($"{tag} OK done");
        });
        await using ImapConnection c = await server.ConnectAsync();
        Assert.Throws<ArgumentException>(() => { _ = c.ExecuteRawAsync("NOOP\r\nA1 DELETE INBOX"); });
        Assert.Throws<ArgumentException>(() => { _ = c.ExecuteRawAsync("NOOP\nx"); });
        Assert.Throws<ArgumentException>(() => { _ = c.ExecuteRawAsync("NOOP\0"); });
        ImapCommandResult r = await c.ExecuteRawAsync("XYZZY \"x\"");
        var raw = Assert.IsType<RawUntaggedResponse>(r.Untagged.Single());
        Assert.Equal("XYZZY", raw.Keyword);
        await server.Completion;
    }

    [Fact]
    public async Task Pipelined_commands_are_all_sent_before_any_response()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (t1, c1) = await s.ReadCommandAsync();
            var (t2, c2) = await s.ReadCommandAsync();
            Assert.Equal("NOOP", c1);
            Assert.Equal("CHECK", c2);
            await s.SendAsync($"{t1} OK one");
            await s.SendAsync($"{t2} NO two");
        });
        await using ImapConnection c = await server.ConnectAsync();
        var results = await c.ExecutePipelinedAsync([NoopCommand.Instance, CheckCommand.Instance]);
        Assert.True(results[0].IsOk);
        Assert.Equal(StatusKind.No, results[1].Status.Kind);
        await server.Completion;
    }

    [Fact]
    public async Task Enabling_utf8_switches_the_writer_to_utf8_strings()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* PREAUTH [CAPABILITY IMAP4rev1 ENABLE UTF8=ACCEPT] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("ENABLE UTF8=ACCEPT", text);
            await s.SendAsync("* ENABLED UTF8=ACCEPT");
            await s.SendAsync($"{tag} OK enabled");
            var (tag2, text2) = await s.ReadCommandAsync();
            Assert.Equal("CREATE \"Prüfung\"", text2);
            await s.SendAsync($"{tag2} OK created");
        });
        await using ImapConnection c = await server.ConnectAsync();
        Assert.False(c.IsUtf8Enabled);
        await c.ExecuteAsync(new EnableCommand([Capability.Utf8Accept]));
        Assert.True(c.IsUtf8Enabled);
        Assert.Contains(Capability.Utf8Accept, c.Enabled);
        await c.ExecuteAsync(new CreateCommand(new MailboxName("Prüfung")));
        await server.Completion;
    }

    [Fact]
    public async Task Logout_ends_in_logout_state_and_later_calls_throw()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync("* BYE see you");
            await s.SendAsync($"{tag} OK bye");
            s.Close();
        });
        await using ImapConnection c = await server.ConnectAsync();
        await c.LogoutAsync();
        Assert.Equal(ImapConnectionState.Logout, c.State);
        Assert.False(c.IsConnected);
        await Assert.ThrowsAsync<ImapConnectionException>(() => c.NoopAsync());
        await server.Completion;
    }
}
