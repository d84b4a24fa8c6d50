using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Session;

public sealed class LimitTests
{
    [Fact]
    public async Task Over_long_line_is_BAD_and_the_session_recovers()
    {
        await using var server = await Servers.StartAsync(o => o.MaxLineLength = 1024);
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.SendAsync("a NOOP " + new string('x', 100_000) + "\r\n");
        Assert.Equal("a BAD [CLIENTBUG] line too long", await client.ReadLineAsync());
        Assert.Equal(["b OK NOOP completed."], await client.CommandAsync("b", "NOOP"));
    }

    [Fact]
    public async Task Oversize_synchronizing_literal_is_refused_without_reading_it()
    {
        await using var server = await Servers.StartAsync(o => o.MaxLiteralSize = 1000);
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.SendAsync("a LOGIN {5000}\r\n");
        // No "+": the client must not send the literal; the next line is a new command.
        Assert.Equal("a NO [TOOBIG] Literal too large.", await client.ReadLineAsync());
        Assert.Equal(["b OK NOOP completed."], await client.CommandAsync("b", "NOOP"));
        await client.SendAsync("c LOGIN {99999999999999999999999}\r\n");
        Assert.Equal("c NO [TOOBIG] Literal too large.", await client.ReadLineAsync());
        Assert.Equal(["d OK NOOP completed."], await client.CommandAsync("d", "NOOP"));
    }

    [Fact]
    public async Task Oversize_non_synchronizing_literal_is_BAD_and_closes()
    {
        await using var server = await Servers.StartAsync(o => o.MaxLiteralSize = 1000);
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.SendAsync("a LOGIN {5000+}\r\n");
        Assert.Equal("a BAD [TOOBIG] Literal too large.", await client.ReadLineAsync());
        Assert.StartsWith("* BYE", await client.ReadLineAsync(), StringComparison.Ordinal);
        Assert.True(await client.IsClosedAsync());
    }

    [Fact]
    public async Task Hundred_thousand_nested_parentheses_are_BAD()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.SendAsync("a ID " + new string('(', 100_000) + "\r\n");
        Assert.Equal("a BAD [CLIENTBUG] parentheses nested too deep", await client.ReadLineAsync());
        Assert.Equal(["b OK NOOP completed."], await client.CommandAsync("b", "NOOP"));
    }

    [Fact]
    public async Task Too_many_consecutive_bad_commands_end_with_BYE()
    {
        await using var server = await Servers.StartAsync(o => o.MaxBadCommands = 3);
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.StartsWith("a BAD", (await client.CommandAsync("a", "FOO"))[^1], StringComparison.Ordinal);
        Assert.StartsWith("b BAD", (await client.CommandAsync("b", "FOO"))[^1], StringComparison.Ordinal);
        Assert.Equal(["c OK NOOP completed."], await client.CommandAsync("c", "NOOP")); // a good command resets the count
        Assert.StartsWith("d BAD", (await client.CommandAsync("d", "FOO"))[^1], StringComparison.Ordinal);
        Assert.StartsWith("e BAD", (await client.CommandAsync("e", "FOO"))[^1], StringComparison.Ordinal);
        Assert.StartsWith("f BAD", (await client.CommandAsync("f", "FOO"))[^1], StringComparison.Ordinal);
        Assert.Equal("* BYE [CLIENTBUG] Too many invalid commands.", await client.ReadLineAsync());
        Assert.True(await client.IsClosedAsync());
    }

    [Fact]
    public async Task Connections_per_address_are_limited()
    {
        await using var server = await Servers.StartAsync(o => o.MaxConnectionsPerAddress = 2);
        await using var first = await TestClient.ConnectAsync(server.Port);
        await using var second = await TestClient.ConnectAsync(server.Port);
        await using (var third = await TestClient.ConnectAsync(server.Port))
        {
            Assert.Equal("* BYE [UNAVAILABLE] Too many connections; try again later.", third.Greeting);
            Assert.True(await third.IsClosedAsync());
        }
        await first.CommandAsync("a", "LOGOUT");
        Assert.True(await first.IsClosedAsync());
        await WaitForAsync(() => server.Server.ConnectionCount == 1);
        await using var fourth = await TestClient.ConnectAsync(server.Port);
        Assert.StartsWith("* OK", fourth.Greeting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Total_connections_are_limited()
    {
        await using var server = await Servers.StartAsync(o => o.MaxConnections = 1);
        await using var first = await TestClient.ConnectAsync(server.Port);
        await using var second = await TestClient.ConnectAsync(server.Port);
        Assert.StartsWith("* BYE [UNAVAILABLE]", second.Greeting, StringComparison.Ordinal);
        Assert.Equal(1, server.Server.ConnectionCount);
    }

    [Fact]
    public async Task Unauthenticated_sessions_are_logged_out_after_inactivity()
    {
        await using var server = await Servers.StartAsync(o => o.UnauthenticatedTimeout = TimeSpan.FromMilliseconds(300));
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.Equal("* BYE Autologout; idle for too long.", await client.ReadLineAsync());
        Assert.True(await client.IsClosedAsync());
    }

    [Fact]
    public async Task Autologout_applies_during_IDLE()
    {
        await using var server = await Servers.StartAsync(o => o.AutologoutTimeout = TimeSpan.FromMilliseconds(400));
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("a", "LOGIN alice secret");
        await client.SendAsync("b IDLE\r\n");
        Assert.Equal("+ idling", await client.ReadLineAsync());
        Assert.Equal("* BYE Autologout; idle for too long.", await client.ReadLineAsync());
        Assert.True(await client.IsClosedAsync());
    }

    [Fact]
    public async Task Activity_keeps_the_session_alive()
    {
        // Four pauses of 600 ms: 2.4 s in all, well past the 1.5 s timer, which each command restarts.
        await using var server = await Servers.StartAsync(o => o.UnauthenticatedTimeout = TimeSpan.FromMilliseconds(1500));
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("w", "NOOP");
        for (int i = 0; i < 4; i++)
        {
            await Task.Delay(600);
            Assert.Equal([$"n{i} OK NOOP completed."], await client.CommandAsync($"n{i}", "NOOP"));
        }
    }

    [Fact]
    public async Task Pipelined_commands_are_answered_in_order()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        var batch = new System.Text.StringBuilder();
        for (int i = 0; i < 200; i++) batch.Append(System.Globalization.CultureInfo.InvariantCulture, $"p{i} NOOP\r\n");
        await client.SendAsync(batch.ToString());
        for (int i = 0; i < 200; i++) Assert.Equal($"p{i} OK NOOP completed.", await client.ReadLineAsync());
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (int i = 0; i < 100 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition());
    }
}
