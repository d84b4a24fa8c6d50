using Imap4.Cli.Client;
using Imap4.Cli.Config;

namespace Imap4.Cli.Tests.Config;

public sealed class ClientConfigFileTests
{
    private static ClientSettings Apply(string text, ClientSettings? flags = null) =>
        ClientConfigFile.Apply(flags ?? new ClientSettings { ConfigFile = "test.ini" }, IniDocument.Parse(text, "test.ini"));

    [Theory]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("On", true)]
    [InlineData("0", false)]
    [InlineData("No", false)]
    [InlineData("false", false)]
    [InlineData("OFF", false)]
    public void Booleans_AsConfigParserAcceptsThem(string text, bool expected)
    {
        Assert.Equal(expected, ConfigBoolean.Parse(text, "ssl"));
        Assert.Equal(expected, Apply($"[DEFAULT]\nssl = {text}").Tls);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("y")]
    [InlineData("enabled")]
    [InlineData("")]
    public void OtherBooleans_AreClearErrors(string text)
    {
        FormatException e = Assert.Throws<FormatException>(() => ConfigBoolean.Parse(text, "starttls"));
        Assert.Contains("starttls", e.Message, StringComparison.Ordinal);
        Assert.Contains("1/yes/true/on", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllKeys_AreRead()
    {
        ClientSettings s = Apply("""
            [DEFAULT]
            host = imap.example.com
            username = alice
            password = secret
            port = 1993
            ssl = yes
            ssl_verify_cert = no
            ssl_check_hostname = no
            ssl_ca_file = /etc/ca.pem
            timeout = 12.5
            oauth2 = on
            oauth2_client_id = id
            oauth2_client_secret = shh
            oauth2_refresh_token = refresh
            oauth2_token_url = http://127.0.0.1:9/token
            some_other_key = ignored
            """);
        Assert.Equal(("imap.example.com", 1993, "alice", "secret"), (s.Host, s.Port, s.User, s.Password));
        Assert.True(s.Tls);
        Assert.True(s.Insecure);
        Assert.Equal("/etc/ca.pem", s.CaFile);
        Assert.Equal(TimeSpan.FromSeconds(12.5), s.Timeout);
        Assert.True(s.OAuth2);
        Assert.Equal(("id", "shh", "refresh"), (s.OAuth2ClientId, s.OAuth2ClientSecret, s.OAuth2RefreshToken));
        Assert.Equal(new Uri("http://127.0.0.1:9/token"), s.OAuth2TokenUrl);
    }

    [Fact]
    public void Account_SelectsASection_AndFlagsWin()
    {
        const string text = "[DEFAULT]\nhost = h\nusername = def\nport = 143\n[work]\nusername = bob\n";
        ClientSettings work = Apply(text, new ClientSettings { ConfigFile = "test.ini", Account = "work" });
        Assert.Equal(("h", "bob", 143), (work.Host, work.User, work.Port));
        ClientSettings flags = Apply(text, new ClientSettings { ConfigFile = "test.ini", Account = "work", Host = "flag-host", Port = 2000 });
        Assert.Equal(("flag-host", "bob", 2000), (flags.Host, flags.User, flags.Port));
        Assert.Equal("def", Apply(text).User);
    }

    [Fact]
    public void UnknownAccount_ListsTheSections()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() =>
            Apply("[DEFAULT]\n[work]\n[home]\n", new ClientSettings { ConfigFile = "test.ini", Account = "play" }));
        Assert.Contains("no section [play] (sections: work, home)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("port = 70000", "port")]
    [InlineData("port = abc", "port")]
    [InlineData("timeout = -1", "timeout")]
    [InlineData("oauth2_token_url = ftp://x", "oauth2_token_url")]
    [InlineData("ssl = maybe", "ssl")]
    public void BadValues_AreClearErrors(string line, string key)
    {
        Exception e = Assert.ThrowsAny<Exception>(() => Apply("[DEFAULT]\n" + line));
        Assert.True(e is FormatException or ArgumentException, e.ToString());
        Assert.Contains(key, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostnameCheckOff_WithVerification_IsRefused() =>
        Assert.Throws<NotSupportedException>(() => Apply("[DEFAULT]\nssl_check_hostname = false\n"));
}
