using Imap4.Server.Mail;

namespace Imap4.Server.Tests.Mail;

public sealed class SortValuesTests
{
    [Theory]
    [InlineData("Hello", "HELLO")]
    [InlineData("Re: Hello", "HELLO")]
    [InlineData("RE: re:  Fwd:Hello  (fwd)", "HELLO")]
    [InlineData("[list] Re: [other] Hello", "HELLO")]
    [InlineData("Re[2]: Hello", "HELLO")]
    [InlineData("[Fwd: Re: Hello]", "HELLO")]
    [InlineData("[only]", "[ONLY]")]
    [InlineData("  spaced \t out  ", "SPACED OUT")]
    [InlineData(null, "")]
    public void Base_subject(string? subject, string expected) => Assert.Equal(expected, SortValues.BaseSubject(subject));
}
