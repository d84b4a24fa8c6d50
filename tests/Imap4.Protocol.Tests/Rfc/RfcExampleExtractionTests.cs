using System.Text;

namespace Imap4.Protocol.Tests.Rfc;

public class RfcExampleExtractionTests
{
    [Fact]
    public void Rfc9051_examples_are_found()
    {
        var examples = RfcExamples.Of("rfc9051.txt");
        Assert.True(examples.Count > 600, $"only {examples.Count} examples");
        Assert.Contains(examples, e => e.Text == "A142 SELECT INBOX");
    }

    [Fact]
    public void Literals_are_joined_into_one_frame()
    {
        var examples = RfcExamples.Of("rfc9051.txt");
        var login = examples.Single(e => e.Text.StartsWith("A001 LOGIN {11}", StringComparison.Ordinal));
        Assert.Equal("A001 LOGIN {11}\r\nFRED FOOBAR {7}\r\nfat man\r\n", Encoding.UTF8.GetString(login.Frame));
        var append = examples.Single(e => e.Text.StartsWith("A003 APPEND saved-messages (\\Seen) {326}", StringComparison.Ordinal));
        Assert.EndsWith("tomorrow?\r\n\r\n", Encoding.UTF8.GetString(append.Frame));
        var fetch = examples.Single(e => e.Text.StartsWith("* 12 FETCH (BODY[HEADER] {", StringComparison.Ordinal));
        Assert.EndsWith("CHARSET=US-ASCII\r\n\r\n)\r\n", Encoding.UTF8.GetString(fetch.Frame));
        Assert.DoesNotContain(examples, e => e.Text.StartsWith("A044 BLURDYBLOOP", StringComparison.Ordinal));
    }

    [Fact]
    public void Editorial_line_breaks_are_joined()
    {
        var examples = RfcExamples.Of("rfc9051.txt");
        Assert.Contains(examples, e => e.Text.StartsWith("* 12 FETCH (FLAGS (\\Seen) INTERNALDATE", StringComparison.Ordinal) && e.Text.EndsWith("3028 92))", StringComparison.Ordinal));
    }
}
