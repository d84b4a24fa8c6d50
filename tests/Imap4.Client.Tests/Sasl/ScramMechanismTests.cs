using Imap4.Client.Sasl;
using static Imap4.Client.Tests.Sasl.SaslTestHelpers;

namespace Imap4.Client.Tests.Sasl;

public class ScramMechanismTests
{
    private const string Sha1ServerFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
    private const string Sha256ServerFirst =
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";

    private static ScramSha1Mechanism Sha1() => new("user", "pencil", null, "fyko+d2lbbFgONRv9qkxdawL");

    private static ScramSha256Mechanism Sha256() => new("user", "pencil", null, "rOprNGfwEbeRWgbNEkqO");

    [Fact]
    public void Rfc5802_Sha1_Example()
    {
        var scram = Sha1();
        Assert.Equal("SCRAM-SHA-1", scram.Name);
        Assert.Equal("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL", Initial(scram));
        Assert.Equal(
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
            Respond(scram, Sha1ServerFirst));
        Assert.False(scram.IsComplete);
        Assert.Equal(string.Empty, Respond(scram, "v=rmF9pqV8S7suAoZWja4dJRkFsKQ="));
        Assert.True(scram.IsComplete);
        scram.VerifySuccess([]);
    }

    [Fact]
    public void Rfc7677_Sha256_Example()
    {
        var scram = Sha256();
        Assert.Equal("n,,n=user,r=rOprNGfwEbeRWgbNEkqO", Initial(scram));
        Assert.Equal(
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
            Respond(scram, Sha256ServerFirst));
        Assert.Equal(string.Empty, Respond(scram, "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
        scram.VerifySuccess([]);
    }

    [Fact]
    public void Without_SaslIr_The_First_Empty_Challenge_Gets_The_Client_First_Message()
    {
        var scram = Sha256();
        Assert.Equal("n,,n=user,r=rOprNGfwEbeRWgbNEkqO", Respond(scram, string.Empty));
        Assert.StartsWith("c=biws,", Respond(scram, Sha256ServerFirst), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_Server_Signature_Throws()
    {
        var scram = Sha256();
        Initial(scram);
        Respond(scram, Sha256ServerFirst);
        var error = Assert.Throws<SaslException>(() => Respond(scram, "v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        Assert.Contains("signature", error.Message, StringComparison.Ordinal);
        Assert.Throws<SaslException>(() => scram.VerifySuccess([]));
    }

    [Fact]
    public void Success_Without_Server_Signature_Throws()
    {
        var scram = Sha1();
        Initial(scram);
        Respond(scram, Sha1ServerFirst);
        Assert.Throws<SaslException>(() => scram.VerifySuccess([]));
    }

    [Fact]
    public void Server_Signature_May_Come_With_Success()
    {
        var scram = Sha1();
        Initial(scram);
        Respond(scram, Sha1ServerFirst);
        scram.VerifySuccess(Bytes("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="));
        Assert.Throws<SaslException>(() => Sha1().VerifySuccess(Bytes("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=")));
    }

    [Fact]
    public void Server_Error_Is_Surfaced()
    {
        var scram = Sha1();
        Initial(scram);
        Respond(scram, Sha1ServerFirst);
        var error = Assert.Throws<SaslException>(() => Respond(scram, "e=invalid-proof"));
        Assert.Equal("invalid-proof", error.ServerError);
    }

    [Theory]
    [InlineData("r=someoneelse123,s=QSXCR+Q6sek8bf92,i=4096")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096")]
    [InlineData("m=ext,r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=4096")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLxyz,s=!!!,i=4096")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=0")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=99999999999")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=-5")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLxyz,i=4096,s=QSXCR+Q6sek8bf92")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawL\u00e9,s=QSXCR+Q6sek8bf92,i=4096")]
    public void Bad_Server_First_Message_Throws(string serverFirst)
    {
        var scram = Sha1();
        Initial(scram);
        Assert.Throws<SaslException>(() => Respond(scram, serverFirst));
    }

    [Fact]
    public void Server_Extensions_After_The_Iteration_Count_Are_Ignored()
    {
        var scram = Sha1();
        Initial(scram);
        // The extension is part of the AuthMessage, so the proof differs from the RFC example.
        string final = Respond(scram, Sha1ServerFirst + ",x=future");
        Assert.StartsWith("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=", final, StringComparison.Ordinal);
        Assert.NotEqual("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=", final);
    }

    [Fact]
    public void User_Name_Is_Escaped_And_Authzid_Goes_In_The_Gs2_Header()
    {
        var scram = new ScramSha256Mechanism("a=b,c", "pw", "x,y", "nonce");
        Assert.Equal("n,a=x=2Cy,n=a=3Db=2Cc,r=nonce", Initial(scram));
        string final = Respond(scram, "r=nonceSERVER,s=QSXCR+Q6sek8bf92,i=1");
        // c= carries the base64 of the gs2 header "n,a=x=2Cy,".
        Assert.StartsWith("c=" + Convert.ToBase64String(Bytes("n,a=x=2Cy,")) + ",r=nonceSERVER,p=", final, StringComparison.Ordinal);
    }

    [Fact]
    public void User_Name_Is_Prepared_With_SaslPrep()
    {
        var scram = new ScramSha1Mechanism("I\u00adX", "pencil", null, "n");
        Assert.Equal("n,,n=IX,r=n", Initial(scram));
        Assert.Throws<ArgumentException>(() => new ScramSha1Mechanism("bad\u0007", "pencil"));
        Assert.Throws<ArgumentException>(() => new ScramSha1Mechanism("user", "\u0627\u0031"));
        Assert.Throws<ArgumentException>(() => new ScramSha1Mechanism("\u00ad", "pencil"));
    }

    [Fact]
    public void Random_Nonces_Differ_And_Are_Printable()
    {
        string a = Initial(new ScramSha256Mechanism("user", "pencil"));
        string b = Initial(new ScramSha256Mechanism("user", "pencil"));
        Assert.NotEqual(a, b);
        Assert.StartsWith("n,,n=user,r=", a, StringComparison.Ordinal);
        string nonce = a["n,,n=user,r=".Length..];
        Assert.True(nonce.Length >= 24);
        Assert.DoesNotContain(',', nonce);
        Assert.All(nonce, c => Assert.InRange(c, '!', '~'));
    }

    [Fact]
    public void Only_The_Client_Final_Message_Is_Secret()
    {
        var scram = Sha1();
        Assert.False(scram.IsSecret(0));
        Assert.True(scram.IsSecret(1));
        Assert.False(scram.IsSecret(2));
        Assert.False(scram.IsPlaintext);
        Assert.True(scram.SupportsInitialResponse);
    }

    [Fact]
    public void Challenge_After_Completion_Throws()
    {
        var scram = Sha1();
        Initial(scram);
        Respond(scram, Sha1ServerFirst);
        Respond(scram, "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
        Assert.Throws<SaslException>(() => Respond(scram, "more"));
    }
}
