using System.Globalization;
using Imap4.Cli.Config;

namespace Imap4.Cli.Tests.Config;

public sealed class OAuth2Tests
{
    [Fact]
    public async Task RefreshToken_IsExchanged_ForAnAccessToken()
    {
        using var endpoint = new FakeTokenEndpoint(200, """{"access_token":"at-123","expires_in":3599,"token_type":"Bearer"}""");
        string token = await OAuth2TokenClient.GetAccessTokenAsync(endpoint.Url, "client id", "s3cret", "rt/1+2", CancellationToken.None);
        Assert.Equal("at-123", token);
        Assert.Equal("refresh_token", endpoint.LastForm["grant_type"]);
        Assert.Equal("client id", endpoint.LastForm["client_id"]);
        Assert.Equal("s3cret", endpoint.LastForm["client_secret"]);
        Assert.Equal("rt/1+2", endpoint.LastForm["refresh_token"]);
    }

    [Fact]
    public async Task RefusedToken_IsAClearError()
    {
        using var endpoint = new FakeTokenEndpoint(400, """{"error":"invalid_grant","error_description":"Token has been expired or revoked."}""");
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => OAuth2TokenClient.GetAccessTokenAsync(endpoint.Url, "id", "s", "old", CancellationToken.None));
        Assert.Contains("(400): invalid_grant: Token has been expired or revoked.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonJsonAnswer_IsAClearError()
    {
        using var endpoint = new FakeTokenEndpoint(502, "<html>bad gateway</html>");
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => OAuth2TokenClient.GetAccessTokenAsync(endpoint.Url, "id", "s", "rt", CancellationToken.None));
        Assert.Contains("answered 502 without JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigFileWithOAuth2_LogsInWithXOAuth2()
    {
        using var endpoint = new FakeTokenEndpoint(200, """{"access_token":"fresh-token","token_type":"Bearer"}""");
        await using var imap = new FakeOAuthImapServer("fresh-token");
        using var temp = new TempDirectory();
        string config = Path.Combine(temp.Path, "oauth.ini");
        await File.WriteAllTextAsync(config, $"""
            [DEFAULT]
            host = 127.0.0.1
            port = {imap.Port.ToString(CultureInfo.InvariantCulture)}
            password = ignored-with-oauth2

            [gmail]
            username = alice@example.com
            oauth2 = true
            oauth2_client_id = my-client
            oauth2_client_secret = my-secret
            oauth2_refresh_token = my-refresh
            oauth2_token_url = {endpoint.Url}
            """);
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        int code = await CliApp.RunAsync(["folders", "-f", config, "-a", "gmail"], output, output, timeout.Token);
        Assert.True(code == 0, output.ToString());
        Assert.StartsWith("INBOX", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("user=alice@example.com\u0001auth=Bearer fresh-token\u0001\u0001", imap.LastXOAuth2);
        Assert.Equal("my-refresh", endpoint.LastForm["refresh_token"]);
    }

    [Fact]
    public async Task OAuth2WithoutRefreshToken_IsAClearError()
    {
        using var temp = new TempDirectory();
        string config = Path.Combine(temp.Path, "oauth.ini");
        await File.WriteAllTextAsync(config, "[DEFAULT]\nhost = 127.0.0.1\nusername = a\noauth2 = yes\n");
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        int code = await CliApp.RunAsync(["folders", "-f", config], output, output, timeout.Token);
        Assert.Equal(1, code);
        Assert.Equal("imap4: oauth2 needs oauth2_client_id, oauth2_refresh_token.", output.ToString().Trim());
    }
}
