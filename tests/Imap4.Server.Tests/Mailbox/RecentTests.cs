using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Mailbox;

/// <summary>\Recent for IMAP4rev1 sessions (RFC 3501 2.3.2) and its absence under IMAP4rev2 (RFC 9051 Appendix E).</summary>
public sealed class RecentTests
{
    [Fact]
    public async Task Without_the_setting_rev1_sessions_see_no_recent()
    {
        await using var server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 1);
        await using TestClient client = await MailClient.LoginAsync(server);
        Assert.Contains("* 0 RECENT", await client.CommandAsync("s", "SELECT INBOX"));
        Assert.Equal(["* 1 FETCH (FLAGS ())"], MailClient.Ok(await client.CommandAsync("f", "FETCH 1 FLAGS")));
    }

    [Fact]
    public async Task Rev1_select_gives_recent_to_the_first_session_only()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        await MailClient.DeliverAsync(server, 2);
        await using TestClient first = await MailClient.LoginAsync(server);
        await using TestClient second = await MailClient.LoginAsync(server);
        Assert.Contains("* 2 RECENT", await first.CommandAsync("s", "SELECT INBOX"));
        Assert.Contains("* 0 RECENT", await second.CommandAsync("s", "SELECT INBOX"));
        Assert.Equal(["* 1 FETCH (FLAGS (\\Recent))", "* 2 FETCH (FLAGS (\\Recent))"], MailClient.Ok(await first.CommandAsync("f", "FETCH 1:2 FLAGS")));
        Assert.Equal(["* 1 FETCH (FLAGS ())", "* 2 FETCH (FLAGS ())"], MailClient.Ok(await second.CommandAsync("f", "FETCH 1:2 FLAGS")));
        Assert.Equal(["* SEARCH 1 2"], MailClient.Ok(await first.CommandAsync("r", "SEARCH RECENT")));
        Assert.Equal(["* SEARCH 1 2"], MailClient.Ok(await first.CommandAsync("n", "SEARCH NEW")));
        Assert.Equal(["* SEARCH"], MailClient.Ok(await first.CommandAsync("o", "SEARCH OLD")));
        Assert.Equal(["* SEARCH"], MailClient.Ok(await second.CommandAsync("r", "SEARCH RECENT")));
        Assert.Equal(["* SEARCH 1 2"], MailClient.Ok(await second.CommandAsync("o", "SEARCH OLD")));
        MailClient.Ok(await first.CommandAsync("t", "STORE 1 +FLAGS (\\Seen)"));
        Assert.Equal(["* SEARCH 2"], MailClient.Ok(await first.CommandAsync("n2", "SEARCH NEW")));
    }

    [Fact]
    public async Task New_mail_while_selected_is_recent_in_the_session_that_hears_of_it_first()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        await MailClient.DeliverAsync(server, 1);
        await using TestClient first = await MailClient.LoginAsync(server);
        await using TestClient second = await MailClient.LoginAsync(server);
        MailClient.Ok(await first.CommandAsync("s", "SELECT INBOX"));
        MailClient.Ok(await second.CommandAsync("s", "SELECT INBOX"));
        await server.DeliverAsync(Servers.User, MailClient.Message("Late"));
        Assert.Equal(["* 2 EXISTS", "* 2 RECENT"], MailClient.Ok(await first.CommandAsync("a", "NOOP")));
        Assert.Equal(["* 2 EXISTS", "* 0 RECENT"], MailClient.Ok(await second.CommandAsync("a", "NOOP")));
        Assert.Equal(["* 2 FETCH (FLAGS (\\Recent))"], MailClient.Ok(await first.CommandAsync("f", "FETCH 2 FLAGS")));
    }

    [Fact]
    public async Task Examine_sees_recent_without_taking_it_and_status_counts_what_nobody_claimed()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        await MailClient.DeliverAsync(server, 2);
        await using TestClient looker = await MailClient.LoginAsync(server);
        await using TestClient owner = await MailClient.LoginAsync(server);
        Assert.Contains("* STATUS INBOX (RECENT 2)", await owner.CommandAsync("t", "STATUS INBOX (RECENT)"));
        Assert.Contains("* 2 RECENT", await looker.CommandAsync("e", "EXAMINE INBOX"));
        Assert.Contains("* 2 RECENT", await owner.CommandAsync("s", "SELECT INBOX"));
        Assert.Contains("* STATUS INBOX (RECENT 0)", await looker.CommandAsync("t", "STATUS INBOX (RECENT)"));
        await server.DeliverAsync(Servers.User, MailClient.Message("Late"));
        Assert.Contains("* STATUS INBOX (RECENT 1)", await looker.CommandAsync("l", "LIST \"\" INBOX RETURN (STATUS (RECENT))"));
    }

    [Fact]
    public async Task Rev2_session_has_no_recent_and_takes_none_from_rev1_sessions()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        await MailClient.DeliverAsync(server, 2);
        await using TestClient rev2 = await MailClient.LoginAsync(server);
        Assert.Contains("* ENABLED IMAP4rev2", await rev2.CommandAsync("e", "ENABLE IMAP4rev2"));
        List<string> select = await rev2.CommandAsync("s", "SELECT INBOX");
        Assert.DoesNotContain(select, l => l.Contains("RECENT", StringComparison.Ordinal));
        Assert.Equal(["* 1 FETCH (FLAGS ())", "* 2 FETCH (FLAGS ())"], MailClient.Ok(await rev2.CommandAsync("f", "FETCH 1:2 FLAGS")));
        await server.DeliverAsync(Servers.User, MailClient.Message("Late"));
        Assert.Equal(["* 3 EXISTS"], MailClient.Ok(await rev2.CommandAsync("n", "NOOP")));
        await using TestClient rev1 = await MailClient.LoginAsync(server);
        Assert.Contains("* 3 RECENT", await rev1.CommandAsync("s", "SELECT INBOX"));
    }
}
