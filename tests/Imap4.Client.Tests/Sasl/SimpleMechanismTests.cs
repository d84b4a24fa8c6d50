using Imap4.Client.Sasl;
using static Imap4.Client.Tests.Sasl.SaslTestHelpers;

namespace Imap4.Client.Tests.Sasl;

public class SimpleMechanismTests
{
    // RFC 4616 section 4.
    [Fact]
    public void Plain_Rfc4616_Examples()
    {
        Assert.Equal("\0tim\0tanstaaftanstaaf", Initial(new PlainMechanism("tim", "tanstaaftanstaaf")));
        Assert.Equal("Ursel\0Kurt\0xipj3plmq", Initial(new PlainMechanism("Kurt", "xipj3plmq", "Ursel")));
    }

    [Fact]
    public void Plain_Completes_After_The_Initial_Response_And_Rejects_More_Challenges()
    {
        var plain = new PlainMechanism("tim", "tanstaaftanstaaf");
        Initial(plain);
        Assert.True(plain.IsComplete);
        Assert.Throws<SaslException>(() => Respond(plain, "more?"));
        Assert.Throws<InvalidOperationException>(() => Initial(plain));
    }

    [Fact]
    public void Plain_Without_SaslIr_Answers_The_Empty_Challenge()
    {
        var plain = new PlainMechanism("tim", "secret");
        Assert.Equal("\0tim\0secret", Respond(plain, string.Empty));
        Assert.True(plain.IsComplete);
        Assert.Throws<SaslException>(() => Respond(new PlainMechanism("tim", "secret"), "unexpected"));
    }

    [Fact]
    public void Plain_Rejects_Nul_And_Empty()
    {
        Assert.Throws<ArgumentException>(() => new PlainMechanism("t\0m", "x"));
        Assert.Throws<ArgumentException>(() => new PlainMechanism("tim", string.Empty));
        Assert.Throws<ArgumentException>(() => new PlainMechanism("tim", "x", "a\0"));
        Assert.Throws<ArgumentNullException>(() => new PlainMechanism(null!, "x"));
    }

    [Fact]
    public async Task Plain_Sends_Utf8() =>
        Assert.Equal(
            Bytes("\0j\u00fcrgen\0p\u00e4ss"),
            await new PlainMechanism("j\u00fcrgen", "p\u00e4ss").GetInitialResponseAsync(CancellationToken.None));

    [Fact]
    public void Login_Answers_User_Then_Password()
    {
        var login = new LoginMechanism("tim", "tanstaaftanstaaf");
        Assert.False(login.SupportsInitialResponse);
        Assert.Equal("<null>", Initial(login));
        Assert.Equal("tim", Respond(login, "User Name\0"));
        Assert.False(login.IsComplete);
        Assert.Equal("tanstaaftanstaaf", Respond(login, "Password\0"));
        Assert.True(login.IsComplete);
        Assert.Throws<SaslException>(() => Respond(login, "again"));
        Assert.False(login.IsSecret(0));
        Assert.True(login.IsSecret(1));
    }

    [Fact]
    public void Login_Rejects_Line_Breaks() =>
        Assert.Throws<ArgumentException>(() => new LoginMechanism("tim", "a\r\nb"));

    // RFC 2195 section 2 example.
    [Fact]
    public void CramMd5_Rfc2195_Example()
    {
        var cram = new CramMd5Mechanism("tim", "tanstaaftanstaaf");
        Assert.False(cram.SupportsInitialResponse);
        Assert.False(cram.IsPlaintext);
        Assert.Equal(
            "tim b913a602c7eda7a495b4e6e7334d3890",
            Respond(cram, "<1896.697170952@postoffice.reston.mci.net>"));
        Assert.True(cram.IsComplete);
        Assert.True(cram.IsSecret(0));
    }

    [Fact]
    public void CramMd5_Rejects_Empty_Challenge() =>
        Assert.Throws<SaslException>(() => Respond(new CramMd5Mechanism("tim", "x"), string.Empty));

    [Fact]
    public void Success_With_Unexpected_Data_Throws()
    {
        var plain = new PlainMechanism("tim", "x");
        Initial(plain);
        plain.VerifySuccess([]);
        Assert.Throws<SaslException>(() => plain.VerifySuccess(Bytes("data")));
    }

    [Fact]
    public async Task Cancellation_Is_Honoured()
    {
        using var source = new CancellationTokenSource();
        await source.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await new PlainMechanism("tim", "x").GetInitialResponseAsync(source.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await new LoginMechanism("tim", "x").RespondAsync(Bytes("User"), source.Token));
    }
}
