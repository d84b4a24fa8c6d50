using Imap4.Client.Tests.Support;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;

namespace Imap4.Client.Tests;

public sealed class FailureTests
{
    private const string Greeting = "* OK [CAPABILITY IMAP4rev1 IDLE] ready";

    [Fact]
    public async Task Bye_then_close_fails_the_pending_command_with_the_reason()
    {
        var updates = new List<ImapUpdateKind>();
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            await s.ReadCommandAsync();
            await s.SendAsync("* BYE server shutting down");
            s.Close();
        });
        await using ImapConnection c = await server.ConnectAsync();
        c.UpdateReceived += (_, e) => updates.Add(e.Update.Kind);
        var e = await Assert.ThrowsAsync<ImapConnectionException>(() => c.NoopAsync());
        Assert.Contains("server shutting down", e.Message, StringComparison.Ordinal);
        Assert.Equal([ImapUpdateKind.Bye], updates);
        Assert.Equal(ImapConnectionState.Logout, c.State);
        await Assert.ThrowsAsync<ImapConnectionException>(() => c.NoopAsync());
        await server.Completion;
    }

    [Fact]
    public async Task Bye_greeting_is_refused()
    {
        await using var server = FakeImapServer.Start(s => s.SendAsync("* BYE too many connections"));
        var e = await Assert.ThrowsAsync<ImapConnectionException>(() => server.ConnectAsync());
        Assert.Contains("too many connections", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stalled_server_trips_the_read_timeout_and_closes_the_connection()
    {
        var release = new TaskCompletionSource();
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            await s.ReadCommandAsync();
            await release.Task;
        });
        await using ImapConnection c = await server.ConnectAsync(FakeImapServer.Options() with { ReadTimeout = TimeSpan.FromMilliseconds(300) });
        // Idle time without a pending command does not count.
        await Task.Delay(500);
        Assert.True(c.IsConnected);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<ImapConnectionException>(() => c.NoopAsync());
        Assert.IsType<TimeoutException>(e.InnerException);
        Assert.InRange(watch.ElapsedMilliseconds, 250, 5000);
        Assert.False(c.IsConnected);
        release.SetResult();
        await server.Completion;
    }

    [Fact]
    public async Task A_server_closing_mid_response_fails_the_command()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            await s.ReadCommandAsync();
            await s.SendBytesAsync("* 1 FETCH (BODY[] {100}\r\nonly a few bytes"u8.ToArray());
            s.Close();
        });
        await using ImapConnection c = await server.ConnectAsync();
        var e = await Assert.ThrowsAsync<ImapConnectionException>(() => c.ExecuteRawAsync("FETCH 1 BODY[]"));
        Assert.Contains("middle of a response", e.Message, StringComparison.Ordinal);
        await server.Completion;
    }

    [Fact]
    public async Task Unparsable_tagged_data_is_a_protocol_error()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync($"{tag} MAYBE whatever");
        });
        await using ImapConnection c = await server.ConnectAsync();
        await Assert.ThrowsAsync<ImapProtocolException>(() => c.NoopAsync());
        Assert.False(c.IsConnected);
        await server.Completion;
    }

    [Fact]
    public async Task Cancelling_after_the_command_was_sent_keeps_the_connection_usable()
    {
        var answer = new TaskCompletionSource();
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, _) = await s.ReadCommandAsync();
            await answer.Task;
            await s.SendAsync("* 2 EXISTS");
            await s.SendAsync($"{tag} OK late noop");
            var (tag2, text2) = await s.ReadCommandAsync();
            Assert.Equal("CHECK", text2);
            await s.SendAsync($"{tag2} OK checked");
        });
        await using ImapConnection c = await server.ConnectAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => c.NoopAsync(cts.Token));
        Assert.True(c.IsConnected);
        // The next command waits until the abandoned one has its answer, then runs normally.
        Task<ImapCommandResult> check = c.ExecuteAsync(CheckCommand.Instance);
        await Task.Delay(100);
        Assert.False(check.IsCompleted);
        answer.SetResult();
        Assert.True((await check).IsOk);
        await server.Completion;
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_a_literal_continuation_closes_the_connection()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (_, text) = await s.ReadCommandAsync();
            Assert.Equal("LOGIN joe {3}", text);
            Assert.True(await s.ReadEndAsync());
        });
        await using ImapConnection c = await server.ConnectAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => c.LoginAsync("joe", "a\nb", cts.Token));
        Assert.False(c.IsConnected);
        var e = await Assert.ThrowsAsync<ImapConnectionException>(() => c.NoopAsync());
        Assert.Contains("cancelled while being sent", e.Message, StringComparison.Ordinal);
        await server.Completion;
    }

    [Fact]
    public async Task The_command_timeout_closes_the_connection()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            await s.ReadCommandAsync();
            // Keep the read timeout from firing: data flows, but the command never ends, until the client gives up.
            try
            {
                for (int i = 0; i < 100; i++)
                {
                    await s.SendAsync("* OK still working");
                    await Task.Delay(50);
                }
                Assert.Fail("the client did not close the connection");
            }
            catch (IOException)
            {
            }
        });
        await using ImapConnection c = await server.ConnectAsync(FakeImapServer.Options() with { CommandTimeout = TimeSpan.FromMilliseconds(250) });
        var e = await Assert.ThrowsAsync<ImapConnectionException>(() => c.NoopAsync());
        Assert.IsType<TimeoutException>(e.InnerException);
        Assert.False(c.IsConnected);
        await server.Completion;
    }

    [Fact]
    public async Task A_command_from_an_update_handler_is_refused_with_an_explanation_and_nothing_hangs()
    {
        Exception? fromHandler = null;
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync("* 9 EXISTS");
            await s.SendAsync($"{tag} OK noop");
            var (tag2, text2) = await s.ReadCommandAsync();
            Assert.Equal("NOOP", text2);
            await s.SendAsync($"{tag2} OK noop again");
        });
        await using ImapConnection c = await server.ConnectAsync();
        c.UpdateReceived += (_, _) =>
        {
            try
            {
                c.NoopAsync().GetAwaiter().GetResult();
            }
            catch (InvalidOperationException e)
            {
                fromHandler = e;
            }
        };
        await c.NoopAsync().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(fromHandler);
        Assert.Contains("deadlock", fromHandler.Message, StringComparison.Ordinal);
        await c.NoopAsync().WaitAsync(TimeSpan.FromSeconds(5));
        await server.Completion;
    }

    [Fact]
    public async Task An_update_handler_that_throws_does_not_break_the_connection()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync("* 9 EXISTS");
            await s.SendAsync($"{tag} OK noop");
        });
        await using ImapConnection c = await server.ConnectAsync();
        c.UpdateReceived += (_, _) => throw new InvalidOperationException("handler bug");
        ImapCommandResult r = await c.NoopAsync();
        Assert.Equal(9u, r.Get<ExistsResponse>().Single().Count);
        Assert.True(c.IsConnected);
        await server.Completion;
    }
}
