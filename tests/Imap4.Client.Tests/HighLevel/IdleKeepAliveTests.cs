using Imap4.Client.Tests.Support;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>IDLE against the fake server: a silent (dead) peer is detected, and updates during renewal are delivered.</summary>
public sealed class IdleKeepAliveTests
{
    private const string Greeting = "* OK [CAPABILITY IMAP4rev1 IDLE] ready";

    private static readonly ImapClientOptions Options = new()
    {
        LogoutTimeout = TimeSpan.FromMilliseconds(200),
        IdleKeepAliveInterval = TimeSpan.FromMilliseconds(300),
        IdleDoneTimeout = TimeSpan.FromMilliseconds(300),
    };

    [Fact]
    public async Task A_server_silent_for_the_keep_alive_interval_gets_done_and_is_declared_dead_without_an_answer()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (_, text) = await s.ReadCommandAsync();
            Assert.Equal("IDLE", text);
            await s.SendAsync("+ idling");
            // Nothing more from this "dead" peer: the client must end IDLE by itself, then give up and close.
            Assert.Equal("DONE", await s.ReadLineAsync());
            Assert.True(await s.ReadEndAsync());
        });
        await using ImapClient client = await ClientFakeServerTests.ClientAsync(server, Options);
        var seen = new List<MailboxUpdate>();
        var e = await Assert.ThrowsAsync<ImapConnectionException>(async () =>
        {
            await foreach (MailboxUpdate u in client.IdleAsync(CancellationToken.None)) seen.Add(u);
        });
        Assert.Contains("IdleDoneTimeout", e.Message, StringComparison.Ordinal);
        Assert.Empty(seen);
        Assert.False(client.IsConnected);
        await server.Completion;
    }

    [Fact]
    public async Task Updates_sent_with_the_answer_to_done_and_before_the_next_idle_reach_the_consumer()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("IDLE", text);
            await s.SendAsync("+ idling");
            // Silent until the keep-alive check ends IDLE; the answer carries an update, and another follows it.
            Assert.Equal("DONE", await s.ReadLineAsync());
            await s.SendAsync($"* 7 EXISTS\r\n{tag} OK idle done\r\n* 8 EXISTS");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("IDLE", text);
            await s.SendAsync("+ idling again");
            Assert.Equal("DONE", await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK idle done");
        });
        await using ImapClient client = await ClientFakeServerTests.ClientAsync(server, Options with { IdleDoneTimeout = TimeSpan.FromSeconds(10) });
        using var stop = new CancellationTokenSource();
        var counts = new List<uint?>();
        await foreach (MailboxUpdate u in client.IdleAsync(stop.Token))
        {
            counts.Add(u.Count);
            if (counts.Count == 2) await stop.CancelAsync();
        }
        Assert.Equal([7u, 8u], counts);
        Assert.True(client.IsConnected);
        await server.Completion;
    }
}
