using Imap4.Protocol.Commands;
using Imap4.Server.Commands;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Session;

public sealed class GreetingAndCommandTests
{
    [Fact]
    public async Task Greeting_is_OK_with_capabilities_of_a_loopback_connection()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.StartsWith("* OK [CAPABILITY ", client.Greeting, StringComparison.Ordinal);
        HashSet<string> caps = Servers.Capabilities(client.Greeting);
        Assert.Contains("IMAP4rev2", caps);
        Assert.Contains("IMAP4rev1", caps);
        Assert.Contains("AUTH=PLAIN", caps);
        Assert.Contains("AUTH=SCRAM-SHA-256", caps);
        Assert.Contains("SASL-IR", caps);
        Assert.Contains("LITERAL+", caps);
        Assert.DoesNotContain("LOGINDISABLED", caps);
        Assert.DoesNotContain("STARTTLS", caps); // no certificate configured
        Assert.DoesNotContain("AUTH=CRAM-MD5", caps); // the directory keeps no plaintext
    }

    [Fact]
    public async Task Capability_after_login_lists_extensions_and_no_auth_mechanisms()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        List<string> login = await client.CommandAsync("a", "LOGIN alice secret");
        Assert.StartsWith("a OK [CAPABILITY ", login[^1], StringComparison.Ordinal);
        List<string> lines = await client.CommandAsync("b", "CAPABILITY");
        Assert.Equal("b OK CAPABILITY completed.", lines[^1]);
        HashSet<string> caps = Servers.Capabilities(lines[0]);
        foreach (string c in new[] { "IMAP4rev2", "ENABLE", "ID", "IDLE", "UNAUTHENTICATE", "COMPRESS=DEFLATE", "UTF8=ACCEPT", "LITERAL+" })
            Assert.Contains(c, caps);
        Assert.DoesNotContain(caps, c => c.StartsWith("AUTH=", StringComparison.OrdinalIgnoreCase));
        // Commands without handlers are never advertised.
        foreach (string c in new[] { "ACL", "METADATA" })
            Assert.DoesNotContain(c, caps);
    }

    [Fact]
    public async Task Noop_and_logout()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.Equal(["a OK NOOP completed."], await client.CommandAsync("a", "NOOP"));
        List<string> logout = await client.CommandAsync("b", "LOGOUT");
        Assert.Equal("* BYE Logging out.", logout[0]);
        Assert.Equal("b OK LOGOUT completed.", logout[1]);
        Assert.True(await client.IsClosedAsync());
    }

    [Fact]
    public async Task Commands_without_handlers_and_unknown_commands_are_BAD_and_the_session_goes_on()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("a", "LOGIN alice secret");
        Assert.Equal("b BAD [CLIENTBUG] GETACL is not supported by this server.", (await client.CommandAsync("b", "GETACL INBOX"))[^1]);
        Assert.StartsWith("c BAD [CLIENTBUG] unknown command FROB", (await client.CommandAsync("c", "FROB"))[^1], StringComparison.Ordinal);
        Assert.Equal("d OK NOOP completed.", (await client.CommandAsync("d", "NOOP"))[^1]);
    }

    [Fact]
    public async Task Command_in_the_wrong_state_is_BAD()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.StartsWith("a BAD [CLIENTBUG] ENABLE is not allowed in the NotAuthenticated state", (await client.CommandAsync("a", "ENABLE IMAP4rev2"))[^1], StringComparison.Ordinal);
        Assert.StartsWith("b BAD [CLIENTBUG] IDLE is not allowed", (await client.CommandAsync("b", "IDLE"))[^1], StringComparison.Ordinal);
        await client.CommandAsync("c", "LOGIN alice secret");
        Assert.StartsWith("d BAD [CLIENTBUG] LOGIN is not allowed", (await client.CommandAsync("d", "LOGIN alice secret"))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Syntax_error_is_tagged_BAD_CLIENTBUG_and_an_unreadable_tag_gives_untagged_BAD()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.StartsWith("a BAD [CLIENTBUG] ", (await client.CommandAsync("a", "LOGIN onlyuser"))[^1], StringComparison.Ordinal);
        await client.SendAsync("(bad\r\n");
        Assert.StartsWith("* BAD [CLIENTBUG] ", await client.ReadLineAsync(), StringComparison.Ordinal);
        Assert.Equal("b OK NOOP completed.", (await client.CommandAsync("b", "NOOP"))[^1]);
    }

    [Fact]
    public async Task Enable_reports_what_it_enabled_and_ignores_unknown_or_unoffered_extensions()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("a", "LOGIN alice secret");
        List<string> lines = await client.CommandAsync("b", "ENABLE IMAP4rev2 CONDSTORE X-UNKNOWN UTF8=ONLY");
        Assert.Equal(["* ENABLED IMAP4rev2 CONDSTORE", "b OK ENABLE completed."], lines);
        Assert.Equal(["* ENABLED", "c OK ENABLE completed."], await client.CommandAsync("c", "ENABLE IMAP4rev2"));
    }

    [Fact]
    public async Task Id_answers_with_the_server_identification()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        List<string> lines = await client.CommandAsync("a", "ID (\"name\" \"test\")");
        Assert.Equal("* ID (\"name\" \"Imap4\" \"vendor\" \"Imap4\")", lines[0]);
        Assert.Equal("a OK ID completed.", lines[1]);
    }

    [Fact]
    public async Task Unauthenticate_returns_to_the_not_authenticated_state()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("a", "LOGIN alice secret");
        Assert.Equal("b OK UNAUTHENTICATE completed.", (await client.CommandAsync("b", "UNAUTHENTICATE"))[^1]);
        Assert.Contains("AUTH=PLAIN", Servers.Capabilities((await client.CommandAsync("c", "CAPABILITY"))[0]));
        Assert.StartsWith("d BAD", (await client.CommandAsync("d", "IDLE"))[^1], StringComparison.Ordinal);
        Assert.StartsWith("e OK", (await client.CommandAsync("e", "LOGIN alice secret"))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Idle_waits_for_DONE()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("a", "LOGIN alice secret");
        await client.SendAsync("b IDLE\r\n");
        Assert.Equal("+ idling", await client.ReadLineAsync());
        await client.SendAsync("DONE\r\n");
        Assert.Equal("b OK IDLE terminated.", await client.ReadLineAsync());
        await client.SendAsync("c IDLE\r\n");
        Assert.Equal("+ idling", await client.ReadLineAsync());
        await client.SendAsync("NOPE\r\n");
        Assert.Equal("c BAD [CLIENTBUG] Expected DONE to end IDLE.", await client.ReadLineAsync());
    }

    [Fact]
    public async Task A_failing_handler_gives_NO_SERVERBUG_and_the_session_survives()
    {
        await using var server = await Servers.StartAsync(o => o.Commands.Add(new ThrowingNoop()));
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.Equal("a NO [SERVERBUG] Internal server error; it has been logged.", (await client.CommandAsync("a", "NOOP"))[^1]);
        Assert.Equal("b OK CAPABILITY completed.", (await client.CommandAsync("b", "CAPABILITY"))[^1]);
    }

    [Fact]
    public async Task A_refusing_handler_gives_its_code()
    {
        await using var server = await Servers.StartAsync(o => o.Commands.Add(new RefusingNoop()));
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.Equal("a NO [LIMIT] Not now.", (await client.CommandAsync("a", "NOOP"))[^1]);
    }

    private sealed class ThrowingNoop : CommandHandler<NoopCommand>
    {
        public override SessionStates AllowedStates => SessionStates.Any;

        protected override ValueTask<CommandResult> HandleAsync(NoopCommand command, CommandContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }

    private sealed class RefusingNoop : CommandHandler<NoopCommand>
    {
        public override SessionStates AllowedStates => SessionStates.Any;

        protected override ValueTask<CommandResult> HandleAsync(NoopCommand command, CommandContext context, CancellationToken cancellationToken) =>
            throw new ImapCommandException(Imap4.Protocol.Responses.ResponseCode.Limit, "Not now.");
    }
}

public sealed class Utf8Tests
{
    [Fact]
    public async Task Utf8_quoted_strings_are_accepted_after_ENABLE_UTF8_ACCEPT()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("a", "LOGIN alice secret");
        Assert.Equal(["* ENABLED UTF8=ACCEPT", "b OK ENABLE completed."], await client.CommandAsync("b", "ENABLE UTF8=ACCEPT"));
        Assert.Equal("c OK ID completed.", (await client.CommandAsync("c", "ID (\"name\" \"b\u00E4r \u2603\")"))[^1]);
    }
}
