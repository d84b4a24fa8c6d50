using Imap4.Client.Sasl;

namespace Imap4.Client.Tests.Sasl;

public class SaslMechanismFactoryTests
{
    private static readonly SaslCredentials Password = SaslCredentials.FromPassword("user", "pencil");
    private static readonly SaslCredentials Token = SaslCredentials.FromAccessToken("user@example.com", "tok");
    private static readonly SaslSelectionOptions Tls = new() { AllowPlaintext = true };

    [Fact]
    public void Mechanisms_Come_From_Auth_Capabilities() =>
        Assert.Equal(
            ["PLAIN", "SCRAM-SHA-256", "XOAUTH2"],
            SaslMechanismFactory.MechanismsFromCapabilities(["IMAP4rev2", "AUTH=PLAIN", "auth=scram-sha-256", "SASL-IR", "AUTH=XOAUTH2", "AUTH="]));

    [Theory]
    [InlineData("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256", "SCRAM-SHA-256")]
    [InlineData("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1", "SCRAM-SHA-1")]
    [InlineData("LOGIN CRAM-MD5 PLAIN", "PLAIN")]
    [InlineData("LOGIN CRAM-MD5", "LOGIN")]
    public void Password_Preference(string offered, string expected) =>
        Assert.Equal(expected, SaslMechanismFactory.Select(offered.Split(' '), Password, Tls)?.Name);

    [Fact]
    public void CramMd5_Only_When_Requested()
    {
        Assert.Null(SaslMechanismFactory.Select(["CRAM-MD5"], Password, Tls));
        var requested = new SaslSelectionOptions { Mechanisms = ["CRAM-MD5", "PLAIN"] };
        Assert.IsType<CramMd5Mechanism>(SaslMechanismFactory.Select(["PLAIN", "CRAM-MD5"], Password, requested));
    }

    [Fact]
    public void Plaintext_Mechanisms_Need_Permission()
    {
        Assert.Null(SaslMechanismFactory.Select(["PLAIN", "LOGIN"], Password));
        Assert.Null(SaslMechanismFactory.Select(["XOAUTH2", "OAUTHBEARER"], Token));
        Assert.IsType<ScramSha1Mechanism>(SaslMechanismFactory.Select(["PLAIN", "SCRAM-SHA-1"], Password));
    }

    [Fact]
    public void Token_Preference_And_Options()
    {
        var options = new SaslSelectionOptions { AllowPlaintext = true, Host = "imap.example.com", Port = 993 };
        var chosen = SaslMechanismFactory.Select(["XOAUTH2", "OAUTHBEARER", "PLAIN"], Token, options);
        Assert.IsType<OAuthBearerMechanism>(chosen);
        Assert.IsType<XOAuth2Mechanism>(SaslMechanismFactory.Select(["XOAUTH2", "PLAIN"], Token, options));
        Assert.Null(SaslMechanismFactory.Select(["PLAIN", "SCRAM-SHA-256"], Token, options));
    }

    [Fact]
    public void Authzid_Excludes_Login_And_CramMd5()
    {
        var proxy = SaslCredentials.FromPassword("admin", "pw", "user");
        Assert.Null(SaslMechanismFactory.Select(["LOGIN"], proxy, Tls));
        Assert.IsType<PlainMechanism>(SaslMechanismFactory.Select(["LOGIN", "PLAIN"], proxy, Tls));
    }

    [Fact]
    public void Create_By_Name()
    {
        Assert.IsType<ScramSha256Mechanism>(SaslMechanismFactory.Create("scram-sha-256", Password));
        Assert.Throws<NotSupportedException>(() => SaslMechanismFactory.Create("GSSAPI", Password));
        Assert.Throws<ArgumentException>(() => SaslMechanismFactory.Create("XOAUTH2", Password));
    }
}
