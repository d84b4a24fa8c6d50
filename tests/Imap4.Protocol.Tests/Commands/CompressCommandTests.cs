using Imap4.Protocol.Commands;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

public class CompressCommandTests
{
    [Fact]
    public void Parses_rfc_4978_example_and_writes_upper_case()
    {
        TaggedCommand t = Parse("c compress deflate");
        Assert.Same(CompressCommand.Deflate, t.Command);
        Assert.Equal("c COMPRESS DEFLATE", Write(t.Command, t.Tag));
        RoundTrip<CompressCommand>("c COMPRESS DEFLATE");
    }

    [Fact]
    public void Keeps_unknown_algorithms()
    {
        Assert.Equal("X-ZSTD", Parse<CompressCommand>("A1 COMPRESS x-zstd").Algorithm);
        Assert.Equal("A1 COMPRESS X-LZ4", ValueRoundTrip(new CompressCommand("x-lz4")));
    }

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Contains("expected SP", Fails("A1 COMPRESS").Reason, StringComparison.Ordinal);
        Assert.Contains("expected atom", Fails("A1 COMPRESS \"DEFLATE\"").Reason, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CompressCommand("two words"));
    }
}
