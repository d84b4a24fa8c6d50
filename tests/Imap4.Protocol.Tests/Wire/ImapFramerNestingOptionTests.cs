using System.Buffers;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Wire;

public class ImapFramerNestingOptionTests
{
    private static FrameResult Decode(ImapFramer framer, string text) =>
        framer.Decode(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Without_nesting_checks_deep_parentheses_pass_to_the_parser()
    {
        string deep = "* 1 FETCH " + new string('(', 1000) + "\r\n";
        Assert.Equal(FrameError.NestingTooDeep, Decode(new ImapFramer(ImapLimits.ClientDefault), deep).Error);
        FrameResult r = Decode(new ImapFramer(ImapLimits.ClientDefault, tolerateBareLineFeed: false, checkNesting: false), deep);
        Assert.Equal(FrameStatus.Complete, r.Status);
        // The parser still refuses it cleanly: the response comes back raw with the reason.
        var raw = Assert.IsType<Imap4.Protocol.Responses.RawUntaggedResponse>(Imap4.Protocol.Responses.ResponseParser.Parse(Encoding.UTF8.GetBytes(deep)));
        Assert.NotNull(raw.ParseError);
    }

    [Theory]
    [InlineData("* 1 FETCH (BODY[] {5}\r\nab\r\nc)\r\n", 1)]
    [InlineData("* OK \"quoted {3}\" text\r\n", 0)]
    [InlineData("* 2 FETCH (X \"a(\" {2}\r\n()\r\n", 1)]
    public void Literals_and_line_ends_are_found_the_same_way(string text, int literals)
    {
        foreach (bool check in new[] { true, false })
        {
            var framer = new ImapFramer(ImapLimits.ClientDefault, tolerateBareLineFeed: false, checkNesting: check);
            var data = new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(text));
            int seen = 0;
            FrameResult r;
            while ((r = framer.Decode(data)).Status == FrameStatus.LiteralAnnounced)
            {
                seen++;
                framer.AcceptLiteral();
            }
            Assert.Equal(FrameStatus.Complete, r.Status);
            Assert.Equal(text.Length, r.Length);
            Assert.Equal(literals, seen);
        }
    }

    [Fact]
    public void Nul_and_bare_cr_are_still_refused()
    {
        var framer = new ImapFramer(ImapLimits.ClientDefault, tolerateBareLineFeed: false, checkNesting: false);
        Assert.Equal(FrameError.NulInLine, Decode(framer, "* OK a\0b\r\n").Error);
        framer = new ImapFramer(ImapLimits.ClientDefault, tolerateBareLineFeed: false, checkNesting: false);
        Assert.Equal(FrameError.BareCarriageReturn, Decode(framer, "* OK a\rb\r\n").Error);
    }
}
