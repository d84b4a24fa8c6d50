using Imap4.Protocol.Commands;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

public class IdCommandTests
{
    [Fact]
    public void Round_trips_rfc_2971_examples()
    {
        var c = RoundTrip<IdCommand>("a023 ID (\"name\" \"sodr\" \"version\" \"19.34\" \"vendor\" \"Pink Floyd Music Limited\")");
        Assert.Equal(3, c.Parameters!.Count);
        Assert.Equal(new KeyValuePair<string, string?>("vendor", "Pink Floyd Music Limited"), c.Parameters[2]);
        Assert.Null(RoundTrip<IdCommand>("a042 ID NIL").Parameters);
    }

    [Theory]
    [InlineData("A1 ID ()")]
    [InlineData("A1 ID (\"name\" NIL \"os\" \"linux\")")]
    public void Round_trips_edge_cases(string line) => RoundTrip<IdCommand>(line);

    [Fact]
    public void Accepts_atom_field_names() =>
        Assert.Equal("A1 ID (\"name\" \"x\")", Write(Parse<IdCommand>("A1 ID (name \"x\")")));

    [Fact]
    public void Values_round_trip()
    {
        ValueRoundTrip(new IdCommand([new("name", "Imap4"), new("version", null), new("support-url", "mailto:x@example.com")]));
        ValueRoundTrip(new IdCommand((IReadOnlyList<KeyValuePair<string, string?>>?)null));
        ValueRoundTrip(new IdCommand([]));
        ValueRoundTrip(new IdCommand([new("note", "two\r\nlines")]));
    }

    [Theory]
    [InlineData("A1 ID", "expected SP")]
    [InlineData("A1 ID (\"name\")", "expected SP")]
    [InlineData("A1 ID (\"name\" \"x\"", "expected \")\"")]
    [InlineData("A1 ID (\"name\" value)", "expected string")]
    public void Rejects_bad_input(string line, string reason) => Assert.Contains(reason, Fails(line).Reason, StringComparison.Ordinal);
}
