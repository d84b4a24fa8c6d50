using Imap4.Protocol.Commands;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

public class ProxyAuthCommandTests
{
    [Theory]
    [InlineData("A1 PROXYAUTH fred")]
    [InlineData("A1 PROXYAUTH \"fred smith\"")]
    public void Round_trips(string line) => RoundTrip<ProxyAuthCommand>(line);

    [Fact]
    public void Values_round_trip()
    {
        Assert.Equal("fred", Parse<ProxyAuthCommand>("a proxyauth fred").User);
        ValueRoundTrip(new ProxyAuthCommand("ü@example.com"));
    }

    [Fact]
    public void Rejects_missing_user() => Assert.Contains("expected SP", Fails("A1 PROXYAUTH").Reason, StringComparison.Ordinal);
}
