using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Mailbox;

public sealed class SelectTests
{
    [Fact]
    public async Task Select_reports_flags_counts_and_uid_data()
    {
        await using var server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 3);
        await using var client = await MailClient.LoginAsync(server);
        List<string> lines = await client.CommandAsync("a", "SELECT INBOX");
        Assert.Equal("a OK [READ-WRITE] SELECT completed.", lines[^1]);
        Assert.Contains(@"* FLAGS (\Answered \Flagged \Deleted \Seen \Draft)", lines);
        Assert.Contains("* 3 EXISTS", lines);
        Assert.Contains("* 0 RECENT", lines);
        Assert.Contains("* OK [UNSEEN 1] First unseen.", lines);
        Assert.Contains(lines, l => l.StartsWith(@"* OK [PERMANENTFLAGS (\Answered \Flagged \Deleted \Seen \Draft \*)]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("* OK [UIDVALIDITY ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("* OK [UIDNEXT 4]", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("HIGHESTMODSEQ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Examine_is_read_only_and_rev2_omits_recent()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        await client.CommandAsync("e", "ENABLE IMAP4rev2");
        List<string> lines = await client.CommandAsync("a", "EXAMINE INBOX");
        Assert.Equal("a OK [READ-ONLY] EXAMINE completed.", lines[^1]);
        Assert.Contains("* OK [PERMANENTFLAGS ()] No permanent flags.", lines);
        Assert.DoesNotContain(lines, l => l.Contains("RECENT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Select_condstore_reports_highestmodseq_and_switching_sends_closed()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        await client.CommandAsync("c", "CREATE Other");
        List<string> first = await client.CommandAsync("a", "SELECT INBOX (CONDSTORE)");
        Assert.Contains(first, l => l.StartsWith("* OK [HIGHESTMODSEQ ", StringComparison.Ordinal));
        List<string> second = await client.CommandAsync("b", "SELECT Other");
        Assert.Equal("* OK [CLOSED] Previous mailbox closed.", second[0]);
        Assert.Equal("b OK [READ-WRITE] SELECT completed.", second[^1]);
    }

    [Fact]
    public async Task Select_of_a_missing_mailbox_is_no_nonexistent_and_leaves_selected_state()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        await client.CommandAsync("a", "SELECT INBOX");
        List<string> lines = await client.CommandAsync("b", "SELECT Nope");
        Assert.StartsWith("b NO [NONEXISTENT]", lines[^1], StringComparison.Ordinal);
        Assert.StartsWith("c BAD", (await client.CommandAsync("c", "CLOSE"))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_expunges_deleted_silently_and_unselect_does_not()
    {
        await using var server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 2);
        await using var client = await MailClient.LoginAsync(server);
        await client.CommandAsync("a", "SELECT INBOX");
        await client.CommandAsync("b", "STORE 1 +FLAGS (\\Deleted)");
        Assert.Equal(["c OK UNSELECT completed."], await client.CommandAsync("c", "UNSELECT"));
        Assert.Contains("* 2 EXISTS", await client.CommandAsync("d", "SELECT INBOX"));
        await client.CommandAsync("e", "STORE 1 +FLAGS (\\Deleted)");
        Assert.Equal(["f OK CLOSE completed."], await client.CommandAsync("f", "CLOSE"));
        Assert.Contains("* STATUS INBOX (MESSAGES 1)", await client.CommandAsync("g", "STATUS INBOX (MESSAGES)"));
    }
}
