using Imap4.Protocol.Commands;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

public class NamespaceCommandTests
{
    [Fact]
    public void Round_trips_rfc_2342_and_9051_example() => Assert.Equal("NAMESPACE", RoundTrip<NamespaceCommand>("A001 NAMESPACE").Name);

    [Fact]
    public void Parses_lower_case_and_value_round_trips()
    {
        Assert.Equal(new NamespaceCommand(), Parse<NamespaceCommand>("x namespace"));
        Assert.Equal("A1 NAMESPACE", ValueRoundTrip(new NamespaceCommand()));
    }

    [Fact]
    public void Rejects_arguments() => Assert.Contains("expected CRLF", Fails("A1 NAMESPACE foo").Reason, StringComparison.Ordinal);
}
