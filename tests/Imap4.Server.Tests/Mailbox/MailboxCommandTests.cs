using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Mailbox;

public sealed class MailboxCommandTests
{
    [Fact]
    public async Task Create_list_rename_delete()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("a", "CREATE Work/Projects"));
        Assert.StartsWith("b NO [ALREADYEXISTS]", (await client.CommandAsync("b", "CREATE Work"))[^1], StringComparison.Ordinal);
        List<string> all = MailClient.Ok(await client.CommandAsync("c", "LIST \"\" *"));
        Assert.Equal(["* LIST (\\HasNoChildren) \"/\" INBOX", "* LIST (\\HasChildren) \"/\" Work", "* LIST (\\HasNoChildren) \"/\" Work/Projects"], all);
        Assert.Equal(["* LIST (\\HasChildren) \"/\" Work"], MailClient.Ok(await client.CommandAsync("d", "LIST \"\" %")).Where(l => l.Contains("Work")).ToList());
        Assert.Equal(["* LIST (\\HasNoChildren) \"/\" Work/Projects"], MailClient.Ok(await client.CommandAsync("e", "LIST Work/ %")));
        MailClient.Ok(await client.CommandAsync("f", "RENAME Work Job"));
        Assert.Equal(["* LIST (\\HasNoChildren) \"/\" Job/Projects"], MailClient.Ok(await client.CommandAsync("g", "LIST \"\" Job/*")));
        MailClient.Ok(await client.CommandAsync("h", "DELETE Job/Projects"));
        Assert.StartsWith("i NO [NONEXISTENT]", (await client.CommandAsync("i", "DELETE Job/Projects"))[^1], StringComparison.Ordinal);
        Assert.Equal(["* LIST (\\Noselect) \"/\" \"\""], MailClient.Ok(await client.CommandAsync("j", "LIST \"\" \"\"")));
    }

    [Fact]
    public async Task Inbox_pattern_is_case_insensitive()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        Assert.Equal(["* LIST (\\HasNoChildren) \"/\" INBOX"], MailClient.Ok(await client.CommandAsync("a", "LIST \"\" inbox")));
    }

    [Fact]
    public async Task Special_use_create_and_list_extended()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("a", "CREATE Sent (USE (\\Sent))"));
        MailClient.Ok(await client.CommandAsync("b", "CREATE Other"));
        Assert.StartsWith("c NO [USEATTR]", (await client.CommandAsync("c", "CREATE X (USE (\\Bogus))"))[^1], StringComparison.Ordinal);
        Assert.Equal(["* LIST (\\HasNoChildren \\Sent) \"/\" Sent"], MailClient.Ok(await client.CommandAsync("d", "LIST (SPECIAL-USE) \"\" *")));
        MailClient.Ok(await client.CommandAsync("e", "SUBSCRIBE Other"));
        MailClient.Ok(await client.CommandAsync("f", "SUBSCRIBE Gone"));
        Assert.Equal(["* LIST (\\NonExistent \\Subscribed) \"/\" Gone", "* LIST (\\HasNoChildren \\Subscribed) \"/\" Other"],
            MailClient.Ok(await client.CommandAsync("g", "LIST (SUBSCRIBED) \"\" *")));
        Assert.Contains("* LIST (\\HasNoChildren \\Subscribed) \"/\" Other", MailClient.Ok(await client.CommandAsync("h", "LIST \"\" (Other INBOX) RETURN (SUBSCRIBED CHILDREN)")));
        Assert.Equal(["* LSUB () \"/\" Other"], MailClient.Ok(await client.CommandAsync("i", "LSUB \"\" O*")));
        MailClient.Ok(await client.CommandAsync("j", "UNSUBSCRIBE Other"));
        Assert.Empty(MailClient.Ok(await client.CommandAsync("k", "LSUB \"\" O*")));
    }

    [Fact]
    public async Task Recursivematch_reports_childinfo()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("a", "CREATE A/B"));
        MailClient.Ok(await client.CommandAsync("b", "SUBSCRIBE A/B"));
        Assert.Equal(["* LIST (\\HasChildren) \"/\" A (\"CHILDINFO\" (\"SUBSCRIBED\"))"],
            MailClient.Ok(await client.CommandAsync("c", "LIST (SUBSCRIBED RECURSIVEMATCH) \"\" %")));
    }

    [Fact]
    public async Task List_status_and_status()
    {
        await using var server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 2);
        await using var client = await MailClient.LoginAsync(server);
        List<string> lines = MailClient.Ok(await client.CommandAsync("a", "LIST \"\" INBOX RETURN (STATUS (MESSAGES UNSEEN))"));
        Assert.Equal(["* LIST (\\HasNoChildren) \"/\" INBOX", "* STATUS INBOX (MESSAGES 2 UNSEEN 2)"], lines);
        List<string> status = MailClient.Ok(await client.CommandAsync("b", "STATUS INBOX (MESSAGES UIDNEXT UNSEEN DELETED SIZE RECENT HIGHESTMODSEQ)"));
        Assert.Matches(@"^\* STATUS INBOX \(MESSAGES 2 UIDNEXT 3 UNSEEN 2 DELETED 0 SIZE \d+ RECENT 0 HIGHESTMODSEQ \d+\)$", Assert.Single(status));
        Assert.StartsWith("c NO [NONEXISTENT]", (await client.CommandAsync("c", "STATUS Nope (MESSAGES)"))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Namespace_is_personal_root()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        Assert.Equal(["* NAMESPACE ((\"\" \"/\")) NIL NIL"], MailClient.Ok(await client.CommandAsync("a", "NAMESPACE")));
    }
}
