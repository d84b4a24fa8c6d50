using Imap4.Client.Sasl;
using static Imap4.Client.Tests.Sasl.SaslTestHelpers;

namespace Imap4.Client.Tests.Sasl;

public class CustomMechanismTests
{
    [Fact]
    public void Synchronous_Adapter_Answers_Each_Challenge()
    {
        var custom = SaslMechanism.Custom("x-echo", challenge => [.. challenge, (byte)'!']);
        Assert.Equal("X-ECHO", custom.Name);
        Assert.False(custom.SupportsInitialResponse);
        Assert.True(custom.IsPlaintext);
        Assert.Equal("hi!", Respond(custom, "hi"));
        Assert.Equal("again!", Respond(custom, "again"));
        Assert.True(custom.IsSecret(0));
        custom.VerifySuccess(Bytes("anything"));
    }

    [Fact]
    public async Task Asynchronous_Adapter_With_Initial_Response()
    {
        var custom = SaslMechanism.Custom(
            "X-TOKEN",
            (challenge, _) => ValueTask.FromResult(challenge.ToArray()),
            _ => ValueTask.FromResult(Bytes("first")),
            isPlaintext: false);
        Assert.True(custom.SupportsInitialResponse);
        Assert.False(custom.IsPlaintext);
        Assert.Equal("first", Text(await custom.GetInitialResponseAsync(CancellationToken.None)));
        Assert.Equal("echo", Respond(custom, "echo"));
    }

    [Fact]
    public void Exceptions_From_The_Callback_Abort()
    {
        var custom = SaslMechanism.Custom("X-FAIL", _ => throw new SaslException("no"));
        Assert.Throws<SaslException>(() => Respond(custom, "c"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("BAD NAME")]
    [InlineData("THIS-NAME-IS-FAR-TOO-LONG")]
    public void Invalid_Names_Are_Rejected(string name) =>
        Assert.Throws<ArgumentException>(() => SaslMechanism.Custom(name, c => c));
}
