using System.Text;
using Imap4.Client.Sasl;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Authentication;

public sealed class AuthenticateTests
{
    private static string Plain(string user, string password, string authzid = "") =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{authzid}\0{user}\0{password}"));

    [Fact]
    public async Task Plain_with_initial_response()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        string result = (await client.CommandAsync("a", "AUTHENTICATE PLAIN " + Plain("alice", "secret")))[^1];
        Assert.StartsWith("a OK [CAPABILITY ", result, StringComparison.Ordinal);
        Assert.StartsWith("b OK", (await client.CommandAsync("b", "ENABLE IMAP4rev2"))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_without_initial_response_gets_an_empty_challenge()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.SendAsync("a AUTHENTICATE PLAIN\r\n");
        Assert.Equal("+ ", await client.ReadLineAsync());
        await client.SendAsync(Plain("alice", "secret") + "\r\n");
        Assert.StartsWith("a OK [CAPABILITY ", await client.ReadLineAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_failures_wrong_password_foreign_authzid_and_bad_base64()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.Equal("a NO [AUTHENTICATIONFAILED] Authentication failed.", (await client.CommandAsync("a", "AUTHENTICATE PLAIN " + Plain("alice", "nope")))[^1]);
        Assert.StartsWith("b NO [AUTHORIZATIONFAILED]", (await client.CommandAsync("b", "AUTHENTICATE PLAIN " + Plain("alice", "secret", "bob")))[^1], StringComparison.Ordinal);
        Assert.StartsWith("c BAD", (await client.CommandAsync("c", "AUTHENTICATE PLAIN %%%"))[^1], StringComparison.Ordinal);
        await client.SendAsync("d AUTHENTICATE PLAIN\r\n");
        await client.ReadLineAsync();
        await client.SendAsync("not base64!\r\n");
        Assert.Equal("d BAD [CLIENTBUG] The SASL response is not valid base64.", await client.ReadLineAsync());
        Assert.StartsWith("e OK", (await client.CommandAsync("e", "AUTHENTICATE PLAIN " + Plain("alice", "secret")))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Star_cancels_the_exchange_with_BAD()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.SendAsync("a AUTHENTICATE PLAIN\r\n");
        Assert.Equal("+ ", await client.ReadLineAsync());
        await client.SendAsync("*\r\n");
        Assert.Equal("a BAD Authentication cancelled.", await client.ReadLineAsync());
        Assert.Equal("b OK NOOP completed.", (await client.CommandAsync("b", "NOOP"))[^1]);
    }

    [Fact]
    public async Task Unknown_mechanism_is_refused()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.Equal("a NO [CANNOT] Unsupported authentication mechanism X-FOO.", (await client.CommandAsync("a", "AUTHENTICATE X-FOO"))[^1]);
        Assert.StartsWith("b NO [CANNOT]", (await client.CommandAsync("b", "AUTHENTICATE CRAM-MD5"))[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Scram_sha_256_against_the_client_implementation(bool initialResponse)
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        var mechanism = new ScramSha256Mechanism("alice", "secret");
        string result = await SaslDriver.AuthenticateAsync(client, "a", mechanism, initialResponse);
        Assert.StartsWith("a OK [CAPABILITY ", result, StringComparison.Ordinal); // VerifySuccess checked the server signature
    }

    [Fact]
    public async Task Scram_sha_256_with_a_wrong_password_or_unknown_user_fails()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.Equal("a NO [AUTHENTICATIONFAILED] Authentication failed.", await SaslDriver.AuthenticateAsync(client, "a", new ScramSha256Mechanism("alice", "wrong"), true));
        Assert.Equal("b NO [AUTHENTICATIONFAILED] Authentication failed.", await SaslDriver.AuthenticateAsync(client, "b", new ScramSha256Mechanism("mallory", "secret"), true));
    }

    [Fact]
    public async Task Scram_with_a_non_ascii_password_uses_SASLprep_on_both_sides()
    {
        await using var server = await Servers.StartAsync();
        server.AddUser("bob", "p\u00E4ss\u00A0word"); // a no-break space maps to SP
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.StartsWith("a OK", await SaslDriver.AuthenticateAsync(client, "a", new ScramSha256Mechanism("bob", "p\u00E4ss word"), true), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_mechanism_with_the_client_implementation()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.StartsWith("a OK", await SaslDriver.AuthenticateAsync(client, "a", new LoginMechanism("alice", "secret"), false), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cram_md5_is_offered_only_when_the_directory_keeps_plaintext()
    {
        await using var server = await ImapTestServer.StartAsync(Servers.Options(o => ((Imap4.Server.Authentication.InMemoryUserDirectory)o.Users).EnableCramMd5 = true));
        server.AddUser("alice", "secret");
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.Contains("AUTH=CRAM-MD5", Servers.Capabilities(client.Greeting));
        Assert.StartsWith("a NO [AUTHENTICATIONFAILED]", await SaslDriver.AuthenticateAsync(client, "a", new CramMd5Mechanism("alice", "bad"), false), StringComparison.Ordinal);
        Assert.StartsWith("b OK", await SaslDriver.AuthenticateAsync(client, "b", new CramMd5Mechanism("alice", "secret"), false), StringComparison.Ordinal);
    }
}
