using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Messages;

/// <summary>Two sessions on one mailbox: each sees the other's changes at its next command, and at once while idle.</summary>
public sealed class SharedMailboxTests
{
    private static async Task AppendAsync(TestClient client, string tag, string subject)
    {
        byte[] message = MailClient.Message(subject);
        await client.SendAsync($"{tag} APPEND INBOX {{{message.Length}+}}\r\n");
        await client.SendAsync([.. message, .. "\r\n"u8]);
        Assert.StartsWith($"{tag} OK", (await client.ReadUntilTaggedAsync(tag))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_in_one_session_is_exists_in_the_other_at_noop_and_during_idle()
    {
        await using var server = await Servers.StartAsync();
        await using var a = await MailClient.LoginAsync(server);
        await using var b = await MailClient.LoginAsync(server);
        MailClient.Ok(await a.CommandAsync("a1", "SELECT INBOX"));
        await AppendAsync(b, "b1", "First");
        Assert.Equal(["* 1 EXISTS", "a2 OK NOOP completed."], await a.CommandAsync("a2", "NOOP"));
        await a.SendAsync("a3 IDLE\r\n");
        Assert.Equal("+ idling", await a.ReadLineAsync());
        await AppendAsync(b, "b2", "Second");
        Assert.Equal("* 2 EXISTS", await a.ReadLineAsync());
        MailClient.Ok(await b.CommandAsync("b3", "SELECT INBOX"));
        MailClient.Ok(await b.CommandAsync("b4", "STORE 1 +FLAGS (\\Flagged)"));
        Assert.Equal("* 1 FETCH (UID 1 FLAGS (\\Flagged))", await a.ReadLineAsync());
        await a.SendAsync("DONE\r\n");
        Assert.Equal(["a3 OK IDLE terminated."], await a.ReadUntilTaggedAsync("a3"));
    }

    [Fact]
    public async Task Expunge_is_held_back_during_fetch_store_and_search_then_sent()
    {
        await using var server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 3);
        await using var a = await MailClient.LoginAsync(server);
        await using var b = await MailClient.LoginAsync(server);
        MailClient.Ok(await a.CommandAsync("a1", "SELECT INBOX"));
        MailClient.Ok(await b.CommandAsync("b1", "SELECT INBOX"));
        MailClient.Ok(await b.CommandAsync("b2", "STORE 2 +FLAGS.SILENT (\\Deleted)"));
        MailClient.Ok(await b.CommandAsync("b3", "EXPUNGE"));
        List<string> fetch = MailClient.Ok(await a.CommandAsync("a2", "FETCH 1:3 UID"));
        Assert.DoesNotContain(fetch, l => l.EndsWith("EXPUNGE", StringComparison.Ordinal));
        Assert.Contains("* 3 FETCH (UID 3)", fetch);
        Assert.DoesNotContain(MailClient.Ok(await a.CommandAsync("a3", "SEARCH ALL")), l => l.EndsWith("EXPUNGE", StringComparison.Ordinal));
        Assert.DoesNotContain(MailClient.Ok(await a.CommandAsync("a4", "STORE 3 +FLAGS (\\Seen)")), l => l.EndsWith("EXPUNGE", StringComparison.Ordinal));
        Assert.Equal(["* 2 EXPUNGE", "a5 OK NOOP completed."], await a.CommandAsync("a5", "NOOP"));
        MailClient.Ok(await b.CommandAsync("b3k", "STORE 1 +FLAGS.SILENT ($Shared)"));
        Assert.Equal(["* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Shared)", "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Shared \\*)] Flags permitted.",
            "* 1 FETCH (UID 1 FLAGS ($Shared))", "a5k OK NOOP completed."], await a.CommandAsync("a5k", "NOOP"));
        Assert.Equal(["* 2 FETCH (UID 3)", "a6 OK FETCH completed."], await a.CommandAsync("a6", "FETCH 2 UID"));
        // UID commands do not use sequence numbers: the expunge is reported with them.
        MailClient.Ok(await b.CommandAsync("b4", "UID STORE 3 +FLAGS.SILENT (\\Deleted)"));
        MailClient.Ok(await b.CommandAsync("b5", "EXPUNGE"));
        Assert.Equal(["* 1 FETCH (UID 1)", "* 2 EXPUNGE", "a7 OK UID FETCH completed."], await a.CommandAsync("a7", "UID FETCH 1:* UID"));
    }

    [Fact]
    public async Task Qresync_reports_vanished_instead_of_expunge()
    {
        await using var server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 3);
        await using var a = await MailClient.LoginAsync(server);
        await using var b = await MailClient.LoginAsync(server);
        Assert.Equal("* ENABLED QRESYNC", (await a.CommandAsync("a0", "ENABLE QRESYNC"))[0]);
        MailClient.Ok(await a.CommandAsync("a1", "SELECT INBOX"));
        MailClient.Ok(await b.CommandAsync("b1", "SELECT INBOX"));
        MailClient.Ok(await b.CommandAsync("b2", "STORE 1:2 +FLAGS.SILENT (\\Deleted)"));
        MailClient.Ok(await b.CommandAsync("b3", "EXPUNGE"));
        Assert.Equal(["* VANISHED 1:2", "a2 OK NOOP completed."], await a.CommandAsync("a2", "NOOP"));
    }
}
