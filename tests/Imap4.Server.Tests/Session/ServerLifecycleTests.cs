using System.Collections.Concurrent;
using Imap4.Protocol.Commands;
using Imap4.Server.Commands;
using Imap4.Server.Handlers;
using Imap4.Server.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Imap4.Server.Tests.Session;

public sealed class ServerLifecycleTests
{
    [Fact]
    public async Task Stopping_the_server_says_BYE_to_connected_clients()
    {
        var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("a", "NOOP");
        await server.DisposeAsync();
        Assert.Equal("* BYE [UNAVAILABLE] Server shutting down.", await client.ReadLineAsync());
        Assert.True(await client.IsClosedAsync());
    }

    [Fact]
    public async Task Passwords_never_reach_the_logs()
    {
        var logs = new CollectingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        await using (var server = await Servers.StartAsync(o => o.LoggerFactory = factory))
        {
            await using var client = await TestClient.ConnectAsync(server.Port);
            await client.CommandAsync("a", "LOGIN alice Pa55-w0rd-x");
            await client.CommandAsync("b", "LOGIN alice secret");
            await client.CommandAsync("c", "LOGOUT");
            await using var other = await TestClient.ConnectAsync(server.Port);
            await other.CommandAsync("d", "AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==");
        }
        string all = string.Join("\n", logs.Messages);
        Assert.Contains("C: b LoginCommand { Name = LOGIN, UserName = alice, Password = *** }", all, StringComparison.Ordinal);
        Assert.Contains("Failed LOGIN authentication for alice", all, StringComparison.Ordinal);
        Assert.Contains("User alice authenticated with PLAIN", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa55-w0rd-x", all, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", all, StringComparison.Ordinal);
        Assert.DoesNotContain("AGFsaWNlAHNlY3JldA", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_replaces_and_removes_handlers()
    {
        CommandRegistry registry = CommandRegistry.CreateDefault();
        Assert.True(registry.Contains<IdleCommand>());
        Assert.True(registry.Remove<IdleCommand>());
        Assert.False(registry.Contains<IdleCommand>());
        Assert.False(registry.Remove<IdleCommand>());
        int count = registry.Handlers.Count;
        registry.Add(new NoopHandler());
        Assert.Equal(count, registry.Handlers.Count);
        Assert.True(registry.TryGet(new NoopCommand(), out ICommandHandler? handler));
        Assert.Equal(SessionStates.Any, handler.AllowedStates);
    }

    [Fact]
    public async Task A_removed_handler_is_neither_advertised_nor_served()
    {
        await using var server = await Servers.StartAsync(o => o.Commands.Remove<IdleCommand>());
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("a", "LOGIN alice secret");
        Assert.DoesNotContain("IDLE", Servers.Capabilities((await client.CommandAsync("b", "CAPABILITY"))[0]));
        Assert.Equal("c BAD [CLIENTBUG] IDLE is not supported by this server.", (await client.CommandAsync("c", "IDLE"))[^1]);
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<InvalidOperationException>(() => new ImapServerOptions { MaxLineLength = 10 }.Validate());
        Assert.Throws<InvalidOperationException>(() => new ImapServerOptions { AutologoutTimeout = TimeSpan.Zero }.Validate());
        Assert.Throws<InvalidOperationException>(() => new ImapServerOptions { MaxBadCommands = 0 }.Validate());
        new ImapServerOptions().Validate();
    }

    [Fact]
    public async Task Implicit_TLS_without_a_certificate_does_not_start()
    {
        var options = Servers.Options();
        options.Endpoints.Add(new ImapEndpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0), ImapEndpointSecurity.ImplicitTls));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ImapTestServer.StartAsync(options));
    }

    [Fact]
    public async Task Delivery_goes_to_the_default_in_memory_store()
    {
        await using var server = await Servers.StartAsync();
        await server.DeliverAsync("alice", "Subject: x\r\n\r\nbody"u8.ToArray());
        Assert.Equal(1, await server.WaitForMessagesAsync("alice", "INBOX", 1, TimeSpan.FromSeconds(5)));
        await Assert.ThrowsAsync<TimeoutException>(() => server.WaitForMessagesAsync("alice", "INBOX", 2, TimeSpan.FromMilliseconds(100)));
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(Messages);

        public void Dispose()
        {
        }

        private sealed class Collector(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
