using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Tests.Primitives;

public class MailboxNameTests
{
    [Theory]
    [InlineData("INBOX")]
    [InlineData("inbox")]
    [InlineData("InBoX")]
    public void Inbox_in_any_case_is_the_inbox(string name)
    {
        var mailbox = new MailboxName(name);
        Assert.True(mailbox.IsInbox);
        Assert.Equal(MailboxName.Inbox, mailbox);
        Assert.Equal(MailboxName.Inbox.GetHashCode(), mailbox.GetHashCode());
        Assert.Equal("INBOX", mailbox.ToString());
    }

    [Fact]
    public void Other_names_compare_case_sensitively()
    {
        Assert.NotEqual(new MailboxName("Sent"), new MailboxName("sent"));
        Assert.NotEqual(new MailboxName("inbox/Sub"), new MailboxName("INBOX/Sub"));
        Assert.False(new MailboxName("INBOX.x").IsInbox);
        Assert.True(new MailboxName("Archiv") == new MailboxName("Archiv"));
    }

    [Fact]
    public void ToWire_uses_modified_utf7_unless_utf8()
    {
        var name = new MailboxName("~peter/mail/台北/日本語");
        Assert.Equal("~peter/mail/&U,BTFw-/&ZeVnLIqe-", name.ToWire(utf8: false));
        Assert.Equal("~peter/mail/台北/日本語", name.ToWire(utf8: true));
        Assert.Equal("~peter/mail/台北/日本語", name.Name);
    }

    [Fact]
    public void FromWire_decodes_modified_utf7()
    {
        Assert.Equal("Entwürfe", MailboxName.FromWire("Entw&APw-rfe", utf8: false).Name);
        Assert.Equal("a&b", MailboxName.FromWire("a&-b", utf8: false).Name);
        Assert.True(MailboxName.FromWire("inbox", utf8: false).IsInbox);
    }

    [Fact]
    public void FromWire_in_utf8_mode_keeps_the_name_as_given()
    {
        Assert.Equal("Entw&APw-rfe", MailboxName.FromWire("Entw&APw-rfe", utf8: true).Name);
        Assert.Equal("Entwürfe", MailboxName.FromWire("Entwürfe", utf8: true).Name);
        Assert.Equal("&", MailboxName.FromWire("&", utf8: true).Name);
    }

    [Theory]
    [InlineData("&")]
    [InlineData("&AGE-")]
    [InlineData("Entwürfe")]
    public void FromWire_rejects_illegal_modified_utf7_as_parse_error(string raw)
    {
        var e = Assert.Throws<ImapParseException>(() => MailboxName.FromWire(raw, utf8: false));
        Assert.Contains("modified UTF-7", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromWire_rejects_nul_and_lone_surrogates()
    {
        Assert.Throws<ImapParseException>(() => MailboxName.FromWire("a\0b", utf8: true));
        Assert.Throws<ImapParseException>(() => MailboxName.FromWire("&2D0-", utf8: false));
    }

    [Fact]
    public void Constructor_rejects_invalid_names()
    {
        // Built in code: attribute strings cannot carry a lone surrogate.
        Assert.Throws<ArgumentException>(() => new MailboxName("a\0b"));
        Assert.Throws<ArgumentException>(() => new MailboxName("a" + (char)0xD800));
        Assert.Throws<ArgumentException>(() => new MailboxName((char)0xDC00 + "b"));
    }

    [Fact]
    public void Empty_name_is_allowed_for_the_list_root()
    {
        var root = new MailboxName("");
        Assert.Equal("", root.ToWire(utf8: false));
        Assert.False(root.IsInbox);
    }
}
