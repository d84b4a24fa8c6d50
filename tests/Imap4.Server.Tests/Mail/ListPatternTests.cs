using FsCheck;
using FsCheck.Fluent;
using Imap4.Server.Mail;

namespace Imap4.Server.Tests.Mail;

public sealed class ListPatternTests
{
    [Theory]
    [InlineData("", "*", "a/b/c", true)]
    [InlineData("", "%", "a/b", false)]
    [InlineData("", "%", "a", true)]
    [InlineData("", "a/%", "a/b", true)]
    [InlineData("", "a/%", "a/b/c", false)]
    [InlineData("a", "%", "a/b", true)]
    [InlineData("a/", "%", "a/b", true)]
    [InlineData("", "inbox", "INBOX", true)]
    [InlineData("", "Inbox/%", "INBOX/x", true)]
    [InlineData("", "inboxes", "INBOX", false)]
    [InlineData("", "a*c", "abbc", true)]
    [InlineData("", "a%c", "ab/c", false)]
    [InlineData("", "A", "a", false)]
    public void Matches(string reference, string pattern, string name, bool expected) =>
        Assert.Equal(expected, new ListPattern(reference, pattern).Matches(name));

    [Fact]
    public void Star_matches_every_name_and_percent_exactly_those_without_delimiter()
    {
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements('a', 'b', '/', 'x')).Select(cs => new string(cs)).ToArbitrary(),
            name => new ListPattern("", "*").Matches(name) && new ListPattern("", "%").Matches(name) == !name.Contains('/', StringComparison.Ordinal))
            .QuickCheckThrowOnFailure();
    }
}
