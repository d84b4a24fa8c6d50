using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Transport;

public sealed class TlsTests
{
    private static Task<ImapTestServer> StartAsync(Action<ImapServerOptions>? more = null) => Servers.StartAsync(o =>
    {
        o.Certificate = TestCertificate.Value;
        o.LoopbackIsSecure = false; // behave as on a real network
        more?.Invoke(o);
    });

    [Fact]
    public async Task Capabilities_change_with_STARTTLS_and_login()
    {
        await using var server = await StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        HashSet<string> before = Servers.Capabilities((await client.CommandAsync("a", "CAPABILITY"))[0]);
        Assert.Contains("STARTTLS", before);
        Assert.Contains("LOGINDISABLED", before);
        Assert.DoesNotContain("AUTH=PLAIN", before);

        Assert.Equal(["b OK Begin TLS negotiation now."], await client.CommandAsync("b", "STARTTLS"));
        await client.HandshakeAsync();
        HashSet<string> tls = Servers.Capabilities((await client.CommandAsync("c", "CAPABILITY"))[0]);
        Assert.DoesNotContain("STARTTLS", tls);
        Assert.DoesNotContain("LOGINDISABLED", tls);
        Assert.Contains("AUTH=PLAIN", tls);
        Assert.Contains("AUTH=LOGIN", tls);
        Assert.StartsWith("d BAD [CLIENTBUG] STARTTLS is not available", (await client.CommandAsync("d", "STARTTLS"))[^1], StringComparison.Ordinal);

        Assert.StartsWith("e OK", (await client.CommandAsync("e", "LOGIN alice secret"))[^1], StringComparison.Ordinal);
        HashSet<string> authenticated = Servers.Capabilities((await client.CommandAsync("f", "CAPABILITY"))[0]);
        Assert.DoesNotContain(authenticated, c => c.StartsWith("AUTH=", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("IDLE", authenticated);
    }

    [Fact]
    public async Task Commands_pipelined_after_STARTTLS_in_the_same_packet_are_discarded()
    {
        await using var server = await StartAsync(o => o.AllowPlaintextAuthWithoutTls = true);
        await using var client = await TestClient.ConnectAsync(server.Port);
        // An attacker in the middle appends a command to the client's STARTTLS (CVE-2011-0411 class).
        await client.SendAsync("a STARTTLS\r\nb LOGIN alice secret\r\n");
        Assert.Equal("a OK Begin TLS negotiation now.", await client.ReadLineAsync());
        await client.HandshakeAsync();
        List<string> lines = await client.CommandAsync("c", "CAPABILITY");
        Assert.DoesNotContain(lines, l => l.StartsWith("b ", StringComparison.Ordinal));
        Assert.Contains("AUTH=PLAIN", Servers.Capabilities(lines[0])); // still not authenticated: the LOGIN never ran
        Assert.StartsWith("d OK", (await client.CommandAsync("d", "LOGIN alice secret"))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Implicit_TLS_listener_greets_after_the_handshake_and_allows_plaintext_login()
    {
        await using var server = await StartAsync();
        Assert.NotNull(server.TlsPort);
        await using var client = await TestClient.ConnectAsync(server.TlsPort.Value, implicitTls: true);
        HashSet<string> caps = Servers.Capabilities(client.Greeting);
        Assert.DoesNotContain("STARTTLS", caps);
        Assert.DoesNotContain("LOGINDISABLED", caps);
        Assert.StartsWith("a OK", (await client.CommandAsync("a", "LOGIN alice secret"))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_never_completes_the_handshake_is_dropped_after_the_timeout()
    {
        await using var server = await StartAsync(o => o.TlsHandshakeTimeout = TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var client = await TestClient.ConnectAsync(server.TlsPort!.Value, readGreeting: false);
        Assert.True(await client.IsClosedAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"closed after {watch.Elapsed}");
    }

    [Fact]
    public async Task A_stalled_STARTTLS_handshake_is_dropped_after_the_timeout()
    {
        await using var server = await StartAsync(o => o.TlsHandshakeTimeout = TimeSpan.FromMilliseconds(300));
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.Equal(["a OK Begin TLS negotiation now."], await client.CommandAsync("a", "STARTTLS"));
        Assert.True(await client.IsClosedAsync());
    }

    [Fact]
    public async Task Compress_deflate_round_trip_over_TLS()
    {
        await using var server = await StartAsync();
        await using var client = await TestClient.ConnectAsync(server.TlsPort!.Value, implicitTls: true);
        await client.CommandAsync("a", "LOGIN alice secret");
        Assert.Equal(["b OK DEFLATE active."], await client.CommandAsync("b", "COMPRESS DEFLATE"));
        client.StartCompression();
        List<string> lines = await client.CommandAsync("c", "CAPABILITY");
        Assert.Equal("c OK CAPABILITY completed.", lines[^1]);
        Assert.DoesNotContain("COMPRESS=DEFLATE", Servers.Capabilities(lines[0]));
        Assert.StartsWith("d BAD", (await client.CommandAsync("d", "COMPRESS DEFLATE"))[^1], StringComparison.Ordinal);
        List<string> logout = await client.CommandAsync("e", "LOGOUT");
        Assert.Equal("* BYE Logging out.", logout[0]);
    }
}
