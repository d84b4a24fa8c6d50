using System.Text;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using static Imap4.Protocol.Tests.Commands.ExtensionCommandWire;

namespace Imap4.Protocol.Tests.Commands;

/// <summary>GETMETADATA and SETMETADATA (RFC 5464).</summary>
public class MetadataCommandTests
{
    [Theory]
    // RFC 5464 examples, with the mailbox written as an atom and options before the mailbox (as its ABNF says).
    [InlineData("a GETMETADATA \"\" /shared/comment", "a GETMETADATA \"\" /shared/comment")]
    [InlineData("a GETMETADATA \"INBOX\" /private/comment", "a GETMETADATA INBOX /private/comment")]
    [InlineData("a GETMETADATA \"INBOX\" (/shared/comment /private/comment)", "a GETMETADATA INBOX (/shared/comment /private/comment)")]
    [InlineData("a GETMETADATA \"INBOX\" (MAXSIZE 1024) (/shared/comment /private/comment)",
        "a GETMETADATA (MAXSIZE 1024) INBOX (/shared/comment /private/comment)")]
    [InlineData("a GETMETADATA \"INBOX\" (DEPTH 1) (/private/filters/values)", "a GETMETADATA (DEPTH 1) INBOX /private/filters/values")]
    [InlineData("a GETMETADATA \"INBOX\" /private/comment /shared/comment", "a GETMETADATA INBOX (/private/comment /shared/comment)")]
    [InlineData("a SETMETADATA INBOX (/private/comment NIL)", "a SETMETADATA INBOX (/private/comment NIL)")]
    [InlineData("a SETMETADATA INBOX (/private/comment \"My new comment\" /shared/comment \"This one is for you!\")",
        "a SETMETADATA INBOX (/private/comment \"My new comment\" /shared/comment \"This one is for you!\")")]
    [InlineData("a SETMETADATA INBOX (/private/comment \"My new comment\")", "a SETMETADATA INBOX (/private/comment \"My new comment\")")]
    public void Parses_rfc_5464_examples(string line, string canonical)
    {
        TaggedCommand t = Parse(line);
        Assert.Equal(canonical, Write(t.Command, t.Tag));
        Assert.Equal(t.Command, Parse(canonical).Command);
    }

    [Theory]
    [InlineData("a GETMETADATA (MAXSIZE 1024 DEPTH infinity) \"\" (/shared/a /shared/b)")]
    [InlineData("a GETMETADATA (DEPTH 0) INBOX /shared/a")]
    [InlineData("a SETMETADATA \"\" (/shared/admin \"mailto:a@example.com\")")]
    public void Round_trips_canonical_lines(string line) => RoundTrip<ImapCommand>(line);

    [Fact]
    public void Parses_the_multi_line_literal_example()
    {
        const string value = "My new comment across\r\ntwo lines.\r\n";
        var c = Parse<SetMetadataCommand>($"a SETMETADATA INBOX (/private/comment {{{value.Length}}}\r\n{value})");
        MetadataEntryValue v = Assert.Single(c.Values);
        Assert.Equal("/private/comment", v.Entry);
        Assert.Equal(value, v.Text);
        Assert.Equal($"A1 SETMETADATA INBOX (/private/comment {{{value.Length}}}\r\n{value})", Write(c));
    }

    [Fact]
    public void Reads_options_and_depth()
    {
        var c = Parse<GetMetadataCommand>("a GETMETADATA (depth INFINITY maxsize 5) \"\" /shared");
        Assert.Equal((MetadataDepth?)MetadataDepth.Infinity, c.Depth);
        Assert.Equal(5u, c.MaxSize);
        Assert.Equal("", c.Mailbox.Name);
    }

    [Fact]
    public void Binary_values_use_literal8()
    {
        byte[] data = [1, 0, 2];
        var c = new SetMetadataCommand(MailboxName.Inbox, [new MetadataEntryValue("/private/blob", data)]);
        string line = ValueRoundTrip(c);
        Assert.Equal("A1 SETMETADATA INBOX (/private/blob ~{3}\r\n\u0001\0\u0002)", line);
    }

    [Fact]
    public void Values_round_trip()
    {
        ValueRoundTrip(new GetMetadataCommand(new MailboxName("Ünïcode"), ["/private/x"]) { MaxSize = 0, Depth = MetadataDepth.One });
        ValueRoundTrip(new SetMetadataCommand(MailboxName.Inbox, [MetadataEntryValue.FromText("/shared/comment", "ça va"), MetadataEntryValue.FromText("/private/x", null)]));
        Assert.Equal(MetadataEntryValue.FromText("/SHARED/Comment", "x"), MetadataEntryValue.FromText("/shared/comment", "x"));
        Assert.Equal(new GetMetadataCommand(MailboxName.Inbox, ["/A"]), new GetMetadataCommand(MailboxName.Inbox, ["/a"]));
    }

    [Theory]
    [InlineData("a GETMETADATA INBOX \"/shared/*\"", "no * or %")]
    [InlineData("a GETMETADATA (DEPTH 2) INBOX /shared/a", "DEPTH must be 0, 1 or infinity")]
    [InlineData("a GETMETADATA (MAXSIZE 1 MAXSIZE 2) INBOX /shared/a", "each at most once")]
    [InlineData("a GETMETADATA (FOO 1) INBOX /shared/a", "expected GETMETADATA option")]
    [InlineData("a GETMETADATA INBOX (/shared/a", "expected \")\"")]
    [InlineData("a GETMETADATA INBOX", "expected SP")]
    [InlineData("a SETMETADATA INBOX (/shared/a)", "expected SP")]
    [InlineData("a SETMETADATA INBOX (/shared/a value)", "expected a metadata value")]
    [InlineData("a SETMETADATA INBOX /shared/a \"x\"", "expected \"(\"")]
    [InlineData("a SETMETADATA INBOX (\"\" \"x\")", "must be non-empty")]
    public void Rejects_bad_input(string line, string reason) => Assert.Contains(reason, Fails(line).Reason, StringComparison.Ordinal);

    [Fact]
    public void Refuses_invalid_values()
    {
        Assert.Throws<ArgumentException>(() => MetadataEntryValue.FromText("/shared/%", "x"));
        Assert.Throws<ArgumentException>(() => Write(new GetMetadataCommand(MailboxName.Inbox, ["/a*"])));
        Assert.Throws<InvalidOperationException>(() => Write(new SetMetadataCommand(MailboxName.Inbox, [])));
        Assert.Equal("é", Encoding.UTF8.GetString(MetadataEntryValue.FromText("/a", "é").Value!.Value.Span));
    }
}
