using System.Security.Authentication;
using Imap4.Client.Tests.Support;
using Imap4.Protocol.Primitives;

namespace Imap4.Client.Tests;

public sealed class TlsTests : IDisposable
{
    private readonly string _caFile = TestCertificates.WriteCaFile();

    public void Dispose() => File.Delete(_caFile);

    private static ImapConnectionOptions Tls(ImapSecurityMode mode) =>
        FakeImapServer.Options() with { SecurityMode = mode, TlsHostName = "localhost" };

    private static FakeImapServer ImplicitTlsServer(bool expectSuccess) => FakeImapServer.Start(async s =>
    {
        if (!expectSuccess)
        {
            // With TLS 1.3 the server may finish its side before the client rejects the certificate: then the client
            // closes without sending anything.
            try
            {
                await s.UpgradeToTlsAsync(TestCertificates.Localhost);
                Assert.Null(await s.ReadLineAsync());
            }
            catch (Exception e) when (e is AuthenticationException or IOException)
            {
            }
            return;
        }
        await s.UpgradeToTlsAsync(TestCertificates.Localhost);
        await s.SendAsync("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] secure hello");
        var (tag, text) = await s.ReadCommandAsync();
        Assert.Equal("NOOP", text);
        await s.SendAsync($"{tag} OK noop");
    });

    [Fact]
    public async Task A_self_signed_certificate_is_refused_by_default()
    {
        await using var server = ImplicitTlsServer(expectSuccess: false);
        var e = await Assert.ThrowsAsync<ImapSecurityException>(() => server.ConnectAsync(Tls(ImapSecurityMode.ImplicitTls)));
        Assert.Contains("RemoteCertificateChainErrors", e.Message, StringComparison.Ordinal);
        await server.Completion;
    }

    [Fact]
    public async Task The_ca_file_makes_the_certificate_trusted()
    {
        await using var server = ImplicitTlsServer(expectSuccess: true);
        await using ImapConnection c = await server.ConnectAsync(Tls(ImapSecurityMode.ImplicitTls) with { CaFile = _caFile });
        Assert.True(c.IsEncrypted);
        Assert.Equal("secure hello", c.Greeting.Text);
        await c.NoopAsync();
        await server.Completion;
    }

    [Fact]
    public async Task The_ca_file_does_not_excuse_a_host_name_mismatch()
    {
        await using var server = ImplicitTlsServer(expectSuccess: false);
        var e = await Assert.ThrowsAsync<ImapSecurityException>(() => server.ConnectAsync(
            Tls(ImapSecurityMode.ImplicitTls) with { CaFile = _caFile, TlsHostName = "imap.example.com" }));
        Assert.Contains("RemoteCertificateNameMismatch", e.Message, StringComparison.Ordinal);
        await server.Completion;
    }

    [Fact]
    public async Task The_dangerous_switch_accepts_any_certificate()
    {
        await using var server = ImplicitTlsServer(expectSuccess: true);
        await using ImapConnection c = await server.ConnectAsync(
            Tls(ImapSecurityMode.ImplicitTls) with { DangerousAcceptAnyServerCertificate = true, TlsHostName = "whatever.example" });
        Assert.True(c.IsEncrypted);
        await c.NoopAsync();
        await server.Completion;
    }

    [Fact]
    public async Task Starttls_upgrades_in_place_discards_injected_data_and_refreshes_capabilities()
    {
        var updates = new List<ImapUpdate>();
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] plain hello");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("STARTTLS", text);
            // An attacker appends a response in clear after the OK: it must never be seen as coming from the server.
            await s.SendAsync($"{tag} OK begin TLS\r\n* 99 EXISTS\r\n* CAPABILITY IMAP4rev1 INJECTED");
            await s.UpgradeToTlsAsync(TestCertificates.Localhost);
            var (tag2, text2) = await s.ReadCommandAsync();
            Assert.Equal("CAPABILITY", text2);
            await s.SendAsync("* CAPABILITY IMAP4rev1 AUTH=PLAIN");
            await s.SendAsync($"{tag2} OK caps");
            var (tag3, text3) = await s.ReadCommandAsync();
            Assert.Equal("LOGIN joe secret", text3);
            await s.SendAsync($"{tag3} OK [CAPABILITY IMAP4rev1 IDLE] in");
        });
        await using ImapConnection c = await server.ConnectAsync(Tls(ImapSecurityMode.StartTls) with { CaFile = _caFile });
        c.UpdateReceived += (_, e) => updates.Add(e.Update);
        Assert.True(c.IsEncrypted);
        Assert.False(c.HasCapability(Capability.StartTls));
        Assert.False(c.HasCapability(Capability.LoginDisabled));
        Assert.DoesNotContain(c.Capabilities, x => x.Text == "INJECTED");
        await c.LoginAsync("joe", "secret");
        Assert.True(c.HasCapability(Capability.Idle));
        Assert.Empty(updates);
        await server.Completion;
    }

    [Fact]
    public async Task Starttls_required_but_not_offered_fails()
    {
        await using var server = FakeImapServer.Start(s => s.SendAsync("* OK [CAPABILITY IMAP4rev1] no tls here"));
        await Assert.ThrowsAsync<ImapSecurityException>(() => server.ConnectAsync(Tls(ImapSecurityMode.StartTls)));
        await server.Completion;
    }
}
