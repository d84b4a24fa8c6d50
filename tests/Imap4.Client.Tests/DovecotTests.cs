using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Testing;

namespace Imap4.Client.Tests;

/// <summary>Starts one private Dovecot for the tests of <see cref="DovecotTests"/>.</summary>
public sealed class DovecotFixture : IAsyncLifetime
{
    public DovecotServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await DovecotServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class DovecotTests(DovecotFixture fixture) : IClassFixture<DovecotFixture>
{
    private static readonly ImapConnectionOptions Options = ImapConnectionOptions.Default with
    {
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ReadTimeout = TimeSpan.FromSeconds(20),
    };

    private static byte[] Message(string subject, int bodyLines = 3)
    {
        var text = new StringBuilder($"From: a@example.com\r\nTo: b@example.com\r\nSubject: {subject}\r\n\r\n");
        for (int i = 0; i < bodyLines; i++) text.Append("line ").Append(i).Append(" of the message body\r\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private async Task<ImapConnection> LoginAsync()
    {
        ImapConnection c = await ImapConnection.ConnectAsync("127.0.0.1", fixture.Server.Port, Options);
        await c.LoginAsync(DovecotServer.User, DovecotServer.Password);
        return c;
    }

    private static async Task<MailboxName> CreateMailboxAsync(ImapConnection c)
    {
        var name = new MailboxName("t" + Guid.NewGuid().ToString("N")[..12]);
        await c.ExecuteAsync(new CreateCommand(name));
        return name;
    }

    private static ReadOnlyMemory<byte> BodyOf(FetchResponse fetch) =>
        fetch.Items.OfType<BodySectionItem>().Single().Content!.Value;

    [Fact]
    public async Task Login_capability_select_append_and_fetch()
    {
        await using ImapConnection c = await ImapConnection.ConnectAsync("127.0.0.1", fixture.Server.Port, Options);
        Assert.Equal(ImapConnectionState.NotAuthenticated, c.State);
        Assert.True(c.HasCapability(Capability.Imap4Rev1));
        await c.LoginAsync(DovecotServer.User, DovecotServer.Password);
        Assert.Equal(ImapConnectionState.Authenticated, c.State);
        // After login Dovecot announces the full list (its greeting lists only pre-login capabilities).
        Assert.True(c.HasCapability(Capability.Idle));
        Assert.True(c.HasCapability(Capability.CompressDeflate));

        MailboxName box = await CreateMailboxAsync(c);
        byte[] message = Message("hello dovecot");
        ImapCommandResult append = await c.ExecuteAsync(new AppendCommand(box, new AppendMessage(message)));
        Assert.IsType<AppendUidCode>(append.Status.Code);

        ImapCommandResult select = await c.ExecuteAsync(new SelectCommand(box));
        Assert.Equal(ImapConnectionState.Selected, c.State);
        Assert.Equal(1u, select.Get<ExistsResponse>().Single().Count);
        Assert.NotNull(c.GetLastResponseCode("UIDVALIDITY"));

        ImapCommandResult fetch = await c.ExecuteRawAsync("FETCH 1 (FLAGS BODY.PEEK[])");
        Assert.Equal(message, BodyOf(fetch.Get<FetchResponse>().Single()).ToArray());
        await c.LogoutAsync();
        Assert.Equal(ImapConnectionState.Logout, c.State);
    }

    [Fact]
    public async Task A_wrong_password_fails_with_the_response_code()
    {
        await using ImapConnection c = await ImapConnection.ConnectAsync("127.0.0.1", fixture.Server.Port, Options);
        var e = await Assert.ThrowsAsync<ImapCommandException>(() => c.LoginAsync(DovecotServer.User, "wrong\r\npassword"));
        Assert.Equal("AUTHENTICATIONFAILED", e.ResponseCode!.Name);
        Assert.True(c.IsConnected);
        Assert.Equal(ImapConnectionState.NotAuthenticated, c.State);
    }

    [Fact]
    public async Task Authenticate_plain_with_sasl_ir()
    {
        await using ImapConnection c = await ImapConnection.ConnectAsync("127.0.0.1", fixture.Server.Port, Options);
        Assert.True(c.HasCapability(Capability.SaslIR));
        byte[] plain = Encoding.UTF8.GetBytes($"\0{DovecotServer.User}\0{DovecotServer.Password}");
        await c.AuthenticateAsync("PLAIN", (_, _) => throw new InvalidOperationException("no challenge expected"), plain);
        Assert.Equal(ImapConnectionState.Authenticated, c.State);
        Assert.True(c.HasCapability(Capability.Idle));
    }

    [Fact]
    public async Task Idle_sees_a_message_appended_by_another_connection()
    {
        await using ImapConnection watcher = await LoginAsync();
        MailboxName box = await CreateMailboxAsync(watcher);
        await watcher.ExecuteAsync(new SelectCommand(box));
        await using ImapConnection writer = await LoginAsync();

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var seen = new List<UntaggedResponse>();
        var idling = watcher.IdleAsync(u =>
        {
            seen.Add(u);
            if (u is ExistsResponse { Count: 1 }) stop.Cancel();
            return ValueTask.CompletedTask;
        }, stop.Token);
        // Give Dovecot a moment to enter IDLE before the other connection appends.
        await Task.Delay(200);
        await writer.ExecuteAsync(new AppendCommand(box, new AppendMessage(Message("while idling"))));
        ImapCommandResult result = await idling;
        Assert.True(result.IsOk);
        Assert.Contains(seen, u => u is ExistsResponse { Count: 1 });
        Assert.True((await watcher.NoopAsync()).IsOk);
    }

    [Fact]
    public async Task Compress_deflate_carries_commands_and_large_responses()
    {
        await using ImapConnection c = await LoginAsync();
        await c.CompressAsync();
        Assert.True(c.IsCompressed);
        MailboxName box = await CreateMailboxAsync(c);
        byte[] big = Message("compressed", bodyLines: 20_000);
        await c.ExecuteAsync(new AppendCommand(box, new AppendMessage(big)));
        await c.ExecuteAsync(new SelectCommand(box));
        ImapCommandResult fetch = await c.ExecuteRawAsync("FETCH 1 BODY.PEEK[]");
        Assert.Equal(big, BodyOf(fetch.Get<FetchResponse>().Single()).ToArray());
        await Assert.ThrowsAsync<InvalidOperationException>(() => c.CompressAsync());
        await c.LogoutAsync();
    }
}
