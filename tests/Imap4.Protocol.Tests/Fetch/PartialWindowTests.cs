using System.Text;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Fetch;

public class PartialWindowTests
{
    private static PartialWindow Read(string text)
    {
        var reader = new ImapReader(Encoding.ASCII.GetBytes(text));
        PartialWindow w = PartialWindow.Read(ref reader);
        Assert.True(reader.End);
        return w;
    }

    [Theory]
    [InlineData("1:500", 1u, 500u, false)]
    [InlineData("-1:-30", 1u, 30u, true)]
    [InlineData("500:400", 500u, 400u, false)]
    [InlineData("-4294967295:-1", 4294967295u, 1u, true)]
    public void Reads_and_writes_as_written(string wire, uint first, uint last, bool fromEnd)
    {
        PartialWindow w = Read(wire);
        Assert.Equal(new PartialWindow(first, last, fromEnd), w);
        Assert.Equal(wire, w.ToString());
        Assert.Equal(fromEnd, w.CountsFromEnd);
    }

    [Fact]
    public void Factories() =>
        Assert.Equal(("1:5", "-1:-3"), (PartialWindow.FromStart(1, 5).ToString(), PartialWindow.FromEnd(1, 3).ToString()));

    [Theory]
    [InlineData("0:5", "expected nz-number, got 0")]
    [InlineData("-1:5", "same sign")]
    [InlineData("1:-5", "same sign")]
    [InlineData("1", "expected \":\" in partial-range")]
    [InlineData("*:5", "expected number")]
    public void Rejects_bad_ranges(string wire, string reason)
    {
        ImapParseException e = Assert.Throws<ImapParseException>(() => Read(wire));
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }
}
