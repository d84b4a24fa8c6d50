using Imap4.Protocol.Commands;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

public class UnauthenticateCommandTests
{
    [Fact]
    public void Round_trips() => Assert.Equal("UNAUTHENTICATE", RoundTrip<UnauthenticateCommand>("a4 UNAUTHENTICATE").Name);

    [Fact]
    public void Value_round_trips() => Assert.Equal("A1 UNAUTHENTICATE", ValueRoundTrip(new UnauthenticateCommand()));

    [Fact]
    public void Rejects_arguments() => Assert.Contains("expected CRLF", Fails("A1 UNAUTHENTICATE now").Reason, StringComparison.Ordinal);
}
