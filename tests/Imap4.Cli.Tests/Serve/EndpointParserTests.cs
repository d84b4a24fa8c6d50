using System.Net;
using Imap4.Cli.Serve;

namespace Imap4.Cli.Tests.Serve;

public sealed class EndpointParserTests
{
    [Theory]
    [InlineData("127.0.0.1:1143", "127.0.0.1", 1143)]
    [InlineData("[::1]:993", "::1", 993)]
    [InlineData("*:143", "0.0.0.0", 143)]
    [InlineData("localhost:0", "127.0.0.1", 0)]
    [InlineData("0.0.0.0:65535", "0.0.0.0", 65535)]
    public void Parses(string text, string address, int port)
    {
        IPEndPoint endPoint = EndpointParser.Parse(text);
        Assert.Equal(IPAddress.Parse(address), endPoint.Address);
        Assert.Equal(port, endPoint.Port);
    }

    [Theory]
    [InlineData("1143")]
    [InlineData(":1143")]
    [InlineData("127.0.0.1:")]
    [InlineData("127.0.0.1:65536")]
    [InlineData("127.0.0.1:-1")]
    [InlineData("example.org:143")]
    public void RejectsInvalid(string text) => Assert.Throws<ArgumentException>(() => EndpointParser.Parse(text));

    [Fact]
    public void ParseAll_SkipsNone() =>
        Assert.Equal([new IPEndPoint(IPAddress.Loopback, 1)], EndpointParser.ParseAll(["none", "127.0.0.1:1", "NONE"]));
}
