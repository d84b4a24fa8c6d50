using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

public class EnableCommandTests
{
    [Theory]
    [InlineData("t2 ENABLE CONDSTORE X-GOOD-IDEA", 2)]
    [InlineData("a1 ENABLE CONDSTORE", 1)]
    [InlineData("babc ENABLE IMAP4rev2", 1)]
    [InlineData("A1 ENABLE QRESYNC UTF8=ACCEPT", 2)]
    public void Round_trips_rfc_examples(string line, int count) => Assert.Equal(count, RoundTrip<EnableCommand>(line).Capabilities.Count);

    [Fact]
    public void Parses_well_known_capabilities_as_shared_instances()
    {
        var c = Parse<EnableCommand>("A1 ENABLE condstore");
        Assert.Same(Capability.CondStore, Assert.Single(c.Capabilities));
    }

    [Fact]
    public void Value_round_trips() =>
        Assert.Equal("A1 ENABLE UTF8=ACCEPT X-FOO", ValueRoundTrip(new EnableCommand([Capability.Utf8Accept, new Capability("X-FOO")])));

    [Theory]
    [InlineData("A1 ENABLE", "expected SP")]
    [InlineData("A1 ENABLE (CONDSTORE)", "expected atom")]
    [InlineData("A1 ENABLE AUTH=", "SASL mechanism expected")]
    public void Rejects_bad_input(string line, string reason) => Assert.Contains(reason, Fails(line).Reason, StringComparison.Ordinal);

    [Fact]
    public void Refuses_to_write_an_empty_list() => Assert.Throws<InvalidOperationException>(() => Write(new EnableCommand([])));
}
