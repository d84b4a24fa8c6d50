using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Tests;

public sealed class MailboxPathTests
{
    [Theory]
    [InlineData("INBOX", "INBOX")]
    [InlineData("inbox", "INBOX")]
    [InlineData("Inbox/Sub/x", "INBOX/Sub/x")]
    [InlineData("inboxes", "inboxes")]
    [InlineData("Work/", "Work")]
    [InlineData("a/b", "a/b")]
    public void Normalize_folds_inbox_and_drops_one_trailing_delimiter(string name, string expected) =>
        Assert.Equal(expected, MailboxPath.Normalize(new MailboxName(name)));

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("//")]
    [InlineData("a//")]
    [InlineData("/a")]
    [InlineData("a//b")]
    [InlineData("a%")]
    [InlineData("a/*")]
    public void Normalize_rejects_invalid_names(string name) =>
        Assert.Equal(MailStoreError.Cannot, Assert.Throws<MailStoreException>(() => MailboxPath.Normalize(new MailboxName(name))).Error);

    [Fact]
    public void Hierarchy_helpers()
    {
        Assert.Equal("a/b", MailboxPath.GetParent("a/b/c"));
        Assert.Null(MailboxPath.GetParent("a"));
        Assert.Equal(["a", "a/b"], MailboxPath.GetAncestors("a/b/c"));
        Assert.Empty(MailboxPath.GetAncestors("a"));
        Assert.True(MailboxPath.IsInferior("a/b", "a"));
        Assert.True(MailboxPath.IsInferior("a/b/c", "a"));
        Assert.False(MailboxPath.IsInferior("ab", "a"));
        Assert.False(MailboxPath.IsInferior("a", "a"));
        Assert.True(MailboxPath.IsInbox("INBOX"));
        Assert.False(MailboxPath.IsInbox("inbox"));
    }
}
