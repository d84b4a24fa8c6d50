using System.Diagnostics;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Authentication;

public sealed class LoginTests
{
    [Fact]
    public async Task Login_succeeds_with_the_right_password_and_reports_capabilities()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        string result = (await client.CommandAsync("a", "LOGIN alice secret"))[^1];
        Assert.StartsWith("a OK [CAPABILITY IMAP4rev2", result, StringComparison.Ordinal);
        Assert.EndsWith("Logged in.", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_login_is_NO_AUTHENTICATIONFAILED_after_the_configured_delay()
    {
        await using var server = await Servers.StartAsync(o => o.FailedLoginDelay = TimeSpan.FromMilliseconds(600));
        await using var client = await TestClient.ConnectAsync(server.Port);
        var watch = Stopwatch.StartNew();
        Assert.Equal("a NO [AUTHENTICATIONFAILED] Invalid credentials.", (await client.CommandAsync("a", "LOGIN alice wrong"))[^1]);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(580), $"answered after {watch.Elapsed}");
        Assert.Equal("b NO [AUTHENTICATIONFAILED] Invalid credentials.", (await client.CommandAsync("b", "LOGIN nobody secret"))[^1]);
        watch.Restart();
        Assert.StartsWith("c OK", (await client.CommandAsync("c", "LOGIN alice secret"))[^1], StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(580), "a successful login is not delayed");
    }

    [Fact]
    public async Task Login_with_literals_gets_continuations()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.SendAsync("a LOGIN {5}\r\n");
        Assert.StartsWith("+ ", await client.ReadLineAsync(), StringComparison.Ordinal);
        await client.SendAsync("alice {6}\r\n");
        Assert.StartsWith("+ ", await client.ReadLineAsync(), StringComparison.Ordinal);
        await client.SendAsync("secret\r\n");
        Assert.StartsWith("a OK", await client.ReadLineAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_with_non_synchronizing_literals_gets_no_continuation()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.SendAsync("a LOGIN {5+}\r\nalice {6+}\r\nsecret\r\n");
        Assert.StartsWith("a OK", await client.ReadLineAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_TLS_on_an_insecure_network_login_is_disabled()
    {
        // Loopback treated like any other network: no TLS, so no plaintext passwords.
        await using var server = await Servers.StartAsync(o => o.LoopbackIsSecure = false);
        await using var client = await TestClient.ConnectAsync(server.Port);
        HashSet<string> caps = Servers.Capabilities(client.Greeting);
        Assert.Contains("LOGINDISABLED", caps);
        Assert.DoesNotContain("AUTH=PLAIN", caps);
        Assert.DoesNotContain("AUTH=LOGIN", caps);
        Assert.Contains("AUTH=SCRAM-SHA-256", caps); // the password never crosses the wire
        Assert.Equal("a NO [PRIVACYREQUIRED] LOGIN is disabled without TLS; use STARTTLS first.", (await client.CommandAsync("a", "LOGIN alice secret"))[^1]);
        Assert.StartsWith("b NO [PRIVACYREQUIRED]", (await client.CommandAsync("b", "AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA=="))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowPlaintextAuthWithoutTls_enables_login_anywhere()
    {
        await using var server = await Servers.StartAsync(o =>
        {
            o.LoopbackIsSecure = false;
            o.AllowPlaintextAuthWithoutTls = true;
        });
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.DoesNotContain("LOGINDISABLED", Servers.Capabilities(client.Greeting));
        Assert.StartsWith("a OK", (await client.CommandAsync("a", "LOGIN alice secret"))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_failures_from_one_address_are_throttled()
    {
        await using var server = await Servers.StartAsync(o => o.MaxFailedLogins = 2);
        await using (var first = await TestClient.ConnectAsync(server.Port))
        {
            Assert.StartsWith("a NO [AUTHENTICATIONFAILED]", (await first.CommandAsync("a", "LOGIN alice x"))[^1], StringComparison.Ordinal);
            Assert.StartsWith("b NO [AUTHENTICATIONFAILED]", (await first.CommandAsync("b", "LOGIN alice y"))[^1], StringComparison.Ordinal);
        }
        // The throttle is per address, not per connection: even the right password is refused now.
        await using var second = await TestClient.ConnectAsync(server.Port);
        Assert.Equal("c NO [UNAVAILABLE] Too many failed logins; try again later.", (await second.CommandAsync("c", "LOGIN alice secret"))[^1]);
        Assert.StartsWith("d NO [UNAVAILABLE]", (await second.CommandAsync("d", "AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA=="))[^1], StringComparison.Ordinal);
    }
}
