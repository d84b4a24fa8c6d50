using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Imap4.Client.Tests.Support;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;

namespace Imap4.Client.Tests;

public sealed class AuthAndIdleTests
{
    private static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));

    [Fact]
    public async Task Authenticate_sends_the_initial_response_inline_with_sasl_ir()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("AUTHENTICATE PLAIN " + B64("\0joe\0secret"), text);
            await s.SendAsync($"{tag} OK [CAPABILITY IMAP4rev1 IDLE] authenticated");
        });
        await using ImapConnection c = await server.ConnectAsync();
        await c.AuthenticateAsync("plain", (_, _) => throw new InvalidOperationException("no challenge expected"), Encoding.UTF8.GetBytes("\0joe\0secret"));
        Assert.Equal(ImapConnectionState.Authenticated, c.State);
        Assert.Contains(c.Capabilities, x => x.Text == "IDLE");
        await server.Completion;
    }

    [Fact]
    public async Task Authenticate_without_sasl_ir_waits_for_the_first_challenge_and_answers_challenges()
    {
        var seen = new List<string>();
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("AUTHENTICATE X-TEST", text);
            await s.SendAsync("+ ");
            Assert.Equal(B64("first"), await s.ReadLineAsync());
            await s.SendAsync("+ " + B64("challenge-1"));
            Assert.Equal(B64("answer-1"), await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK done");
            var (tag2, text2) = await s.ReadCommandAsync();
            Assert.Equal("CAPABILITY", text2);
            await s.SendAsync("* CAPABILITY IMAP4rev1 AFTER");
            await s.SendAsync($"{tag2} OK caps");
        });
        await using ImapConnection c = await server.ConnectAsync();
        await c.AuthenticateAsync("X-TEST", (challenge, _) =>
        {
            seen.Add(Encoding.UTF8.GetString(challenge.Span));
            return ValueTask.FromResult(Encoding.UTF8.GetBytes("answer-1"));
        }, Encoding.UTF8.GetBytes("first"));
        Assert.Equal(["challenge-1"], seen);
        Assert.Contains(c.Capabilities, x => x.Text == "AFTER");
        await server.Completion;
    }

    [Fact]
    public async Task A_throwing_sasl_callback_cancels_the_exchange_with_a_star()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1] ready");
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync("+ " + B64("nonce"));
            Assert.Equal("*", await s.ReadLineAsync());
            await s.SendAsync($"{tag} BAD cancelled");
        });
        await using ImapConnection c = await server.ConnectAsync();
        var e = await Assert.ThrowsAsync<FormatException>(() => c.AuthenticateAsync("SCRAM-SHA-256", (_, _) => throw new FormatException("bad server nonce")));
        Assert.Equal("bad server nonce", e.Message);
        Assert.True(c.IsConnected);
        await server.Completion;
    }

    [Fact]
    public async Task Login_disabled_is_honoured()
    {
        await using var server = FakeImapServer.Start(s => s.SendAsync("* OK [CAPABILITY IMAP4rev1 LOGINDISABLED] ready"));
        await using ImapConnection c = await server.ConnectAsync();
        var e = await Assert.ThrowsAsync<ImapSecurityException>(() => c.LoginAsync("joe", "secret"));
        Assert.Contains("LOGINDISABLED", e.Message, StringComparison.Ordinal);
        await server.Completion;
    }

    [Fact]
    public async Task Passwords_are_refused_on_an_unencrypted_remote_stream_unless_allowed()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready");
            // Nothing may be sent: the client refuses before writing.
            Assert.True(await s.ReadEndAsync());
        });
        // A caller's plain stream is not known to be local: treat it as remote.
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", server.Port);
        await using ImapConnection c = await ImapConnection.ConnectAsync(tcp.GetStream(), FakeImapServer.Options());
        await Assert.ThrowsAsync<ImapSecurityException>(() => c.LoginAsync("joe", "secret"));
        await Assert.ThrowsAsync<ImapSecurityException>(() => c.AuthenticateAsync("PLAIN", (_, _) => ValueTask.FromResult(Array.Empty<byte>())));
        Assert.True(c.IsConnected);
        await c.DisposeAsync();
        await server.Completion;
        // The same with the explicit switch goes through.
        await using var server2 = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("LOGIN joe secret", text);
            await s.SendAsync($"{tag} OK [CAPABILITY IMAP4rev1] in");
        });
        var tcp2 = new TcpClient();
        await tcp2.ConnectAsync("127.0.0.1", server2.Port);
        await using ImapConnection c2 = await ImapConnection.ConnectAsync(tcp2.GetStream(), FakeImapServer.Options() with { AllowPlaintextAuthentication = true });
        Assert.True((await c2.LoginAsync("joe", "secret")).IsOk);
        await server2.Completion;
    }

    [Fact]
    public async Task Idle_delivers_updates_and_ends_with_done()
    {
        var got = new List<UntaggedResponse>();
        using var stop = new CancellationTokenSource();
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* PREAUTH [CAPABILITY IMAP4rev1 IDLE] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("IDLE", text);
            await s.SendAsync("+ idling");
            await s.SendAsync("* 4 EXISTS");
            await s.SendAsync("* 2 EXPUNGE");
            Assert.Equal("DONE", await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK idle done");
        });
        await using ImapConnection c = await server.ConnectAsync(FakeImapServer.Options() with { ReadTimeout = TimeSpan.FromMilliseconds(200) });
        ImapCommandResult r = await c.IdleAsync(u =>
        {
            got.Add(u);
            if (got.Count == 2) stop.Cancel();
            return ValueTask.CompletedTask;
        }, stop.Token);
        Assert.True(r.IsOk);
        Assert.IsType<ExistsResponse>(got[0]);
        Assert.IsType<ExpungeResponse>(got[1]);
        Assert.True(c.IsConnected);
        await server.Completion;
    }

    [Fact]
    public async Task Idle_is_exempt_from_the_read_timeout_once_accepted()
    {
        using var stop = new CancellationTokenSource();
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* PREAUTH [CAPABILITY IMAP4rev1 IDLE] ready");
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync("+ idling");
            Assert.Equal("DONE", await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK idle done");
        });
        await using ImapConnection c = await server.ConnectAsync(FakeImapServer.Options() with { ReadTimeout = TimeSpan.FromMilliseconds(100) });
        stop.CancelAfter(600);
        Assert.True((await c.IdleAsync(null, stop.Token)).IsOk);
        await server.Completion;
    }

    [Fact]
    public async Task A_command_from_the_idle_callback_is_refused_and_idle_still_ends_cleanly()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* PREAUTH [CAPABILITY IMAP4rev1 IDLE] ready");
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync("+ idling");
            await s.SendAsync("* 4 EXISTS");
            Assert.Equal("DONE", await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK idle done");
            var (tag2, text2) = await s.ReadCommandAsync();
            Assert.Equal("NOOP", text2);
            await s.SendAsync($"{tag2} OK noop");
        });
        await using ImapConnection c = await server.ConnectAsync();
        var e = await Assert.ThrowsAsync<InvalidOperationException>(
            () => c.IdleAsync(async _ => await c.ExecuteAsync(NoopCommand.Instance), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("IDLE", e.Message, StringComparison.Ordinal);
        Assert.True((await c.NoopAsync()).IsOk);
        await server.Completion;
    }

    [Fact]
    public async Task A_child_process_can_be_the_transport()
    {
        // A tiny IMAP "server" in sh: PREAUTH greeting, answers NOOP with tag A0, then LOGOUT with tag A1.
        var start = new ProcessStartInfo("/bin/sh", ["-c",
            "printf '* PREAUTH [CAPABILITY IMAP4rev1] sh ready\\r\\n'; read l; printf '* 1 EXISTS\\r\\nA0 OK noop\\r\\n'; " +
            "read l; printf '* BYE bye\\r\\nA1 OK logout\\r\\n'"]);
        await using ImapConnection c = await ImapConnection.ConnectAsync(start, FakeImapServer.Options());
        Assert.Equal(ImapConnectionState.Authenticated, c.State);
        ImapCommandResult r = await c.NoopAsync();
        Assert.Equal(1u, r.Get<ExistsResponse>().Single().Count);
        await c.LogoutAsync();
        Assert.Equal(ImapConnectionState.Logout, c.State);
    }
}
