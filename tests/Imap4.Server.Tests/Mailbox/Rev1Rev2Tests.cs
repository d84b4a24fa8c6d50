using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Mailbox;

/// <summary>What changes when a session sends ENABLE IMAP4rev2 (RFC 9051 Appendix E); see the audit in docs/server.md.</summary>
public sealed class Rev1Rev2Tests
{
    private static async Task<(ImapTestServer Server, TestClient Client)> StartAsync(bool rev2)
    {
        ImapTestServer server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        await MailClient.DeliverAsync(server, 2);
        TestClient client = await MailClient.LoginAsync(server);
        if (rev2) Assert.Contains("* ENABLED IMAP4rev2", await client.CommandAsync("e", "ENABLE IMAP4rev2"));
        return (server, client);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Select_data_list_unseen_and_recent(bool rev2)
    {
        (ImapTestServer server, TestClient client) = await StartAsync(rev2);
        await using (server)
        await using (client)
        {
            List<string> select = MailClient.Ok(await client.CommandAsync("s", "SELECT INBOX"));
            Assert.Equal(rev2, select.Contains("* LIST (\\HasNoChildren) \"/\" INBOX"));
            Assert.Equal(!rev2, select.Contains("* OK [UNSEEN 1] First unseen."));
            Assert.Equal(!rev2, select.Contains("* 2 RECENT"));
            Assert.DoesNotContain(select, l => rev2 && l.Contains("RECENT", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(false, "* SEARCH 1 2")]
    [InlineData(true, "* ESEARCH (TAG \"f\") ALL 1:2")]
    public async Task Search_answers_search_or_esearch(bool rev2, string expected)
    {
        (ImapTestServer server, TestClient client) = await StartAsync(rev2);
        await using (server)
        await using (client)
        {
            MailClient.Ok(await client.CommandAsync("s", "SELECT INBOX"));
            Assert.Equal([expected], MailClient.Ok(await client.CommandAsync("f", "SEARCH ALL")));
        }
    }

    [Theory]
    [InlineData(false, "* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent))")]
    [InlineData(true, "* 1 FETCH (UID 1 FLAGS (\\Seen))")]
    public async Task Flags_fetch_carries_recent_only_for_rev1(bool rev2, string expected)
    {
        (ImapTestServer server, TestClient client) = await StartAsync(rev2);
        await using (server)
        await using (client)
        {
            MailClient.Ok(await client.CommandAsync("s", "SELECT INBOX"));
            string command = rev2 ? "UID STORE 1 +FLAGS (\\Seen)" : "STORE 1 +FLAGS (\\Seen)";
            Assert.Equal([expected], MailClient.Ok(await client.CommandAsync("t", command)));
        }
    }
}
