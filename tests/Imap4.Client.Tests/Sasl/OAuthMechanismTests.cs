using System.Text;
using Imap4.Client.Sasl;
using static Imap4.Client.Tests.Sasl.SaslTestHelpers;

namespace Imap4.Client.Tests.Sasl;

public class OAuthMechanismTests
{
    private const string Token = "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==";

    // RFC 7628 section 4.3: the server's error document, base64 as sent.
    private const string Rfc7628ErrorBase64 =
        "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJleGFtcGxlX3Njb3BlIiwib3BlbmlkLWNvbmZpZ3VyYXRpb24iOiJodHRwczovL2V4"
        + "YW1wbGUuY29tLy53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uIn0=";

    // RFC 7628 section 4.1.
    [Fact]
    public void OAuthBearer_Rfc7628_Example()
    {
        var bearer = new OAuthBearerMechanism("user@example.com", Token, "server.example.com", 143);
        Assert.Equal(
            "n,a=user@example.com,\u0001host=server.example.com\u0001port=143\u0001auth=Bearer " + Token + "\u0001\u0001",
            Initial(bearer));
        // Not complete yet: the server may still send an error document that needs an answer.
        Assert.False(bearer.IsComplete);
        bearer.VerifySuccess([]);
    }

    [Fact]
    public void OAuthBearer_Host_Port_And_User_Are_Optional() =>
        Assert.Equal("n,,\u0001auth=Bearer tok\u0001\u0001", Initial(new OAuthBearerMechanism(null, "tok")));

    [Fact]
    public void OAuthBearer_Error_Flow_Answers_Ctrl_A_And_Surfaces_The_Json()
    {
        var bearer = new OAuthBearerMechanism("user@example.com", Token, "server.example.com", 143);
        Initial(bearer);
        byte[] response = RespondBytes(bearer, Convert.FromBase64String(Rfc7628ErrorBase64));
        Assert.Equal("AQ==", Convert.ToBase64String(response));
        Assert.Contains("\"status\":\"invalid_token\"", bearer.ServerError, StringComparison.Ordinal);
        var error = Assert.Throws<SaslException>(() => Respond(bearer, "again"));
        Assert.Contains("invalid_token", error.Message, StringComparison.Ordinal);
        Assert.Equal(bearer.ServerError, error.ServerError);
        Assert.False(bearer.IsSecret(1));
    }

    [Fact]
    public void XOAuth2_Format()
    {
        var xoauth = new XOAuth2Mechanism("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg");
        Assert.Equal(
            "user=someuser@example.com\u0001auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\u0001\u0001",
            Initial(xoauth));
        Assert.True(xoauth.IsPlaintext);
        Assert.True(xoauth.IsSecret(0));
    }

    [Fact]
    public void XOAuth2_Error_Flow_Answers_Empty_And_Surfaces_The_Json()
    {
        const string json = "{\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":\"https://mail.google.com/\"}";
        var xoauth = new XOAuth2Mechanism("someuser@example.com", "expired-token");
        Initial(xoauth);
        Assert.Empty(RespondBytes(xoauth, Encoding.UTF8.GetBytes(json)));
        Assert.Equal(json, xoauth.ServerError);
        Assert.True(xoauth.IsComplete);
        var error = Assert.Throws<SaslException>(() => Respond(xoauth, "again"));
        Assert.Contains("\"401\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(json, error.ServerError);
        Assert.DoesNotContain("expired-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_Document_That_Is_Not_Json_Is_Kept_Verbatim()
    {
        var xoauth = new XOAuth2Mechanism("u", "t");
        Initial(xoauth);
        RespondBytes(xoauth, Bytes("not json"));
        var error = Assert.Throws<SaslException>(() => Respond(xoauth, "again"));
        Assert.Equal("not json", error.ServerError);
    }

    [Fact]
    public void Control_Characters_Are_Rejected()
    {
        Assert.Throws<ArgumentException>(() => new XOAuth2Mechanism("u\u0001", "t"));
        Assert.Throws<ArgumentException>(() => new OAuthBearerMechanism("u", "t\u0001"));
        Assert.Throws<ArgumentException>(() => new OAuthBearerMechanism("u", string.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OAuthBearerMechanism("u", "t", "h", 0));
    }
}
