using System.Text;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Messages;

public sealed class FetchItemTests
{
    [Fact]
    public async Task Macros_rfc822_parts_body_and_unknown_cte()
    {
        await using var server = await Servers.StartAsync();
        await server.DeliverAsync(Servers.User, MailClient.Message("Parts"));
        await server.DeliverAsync(Servers.User, Encoding.ASCII.GetBytes("Subject: odd\r\nContent-Transfer-Encoding: x-strange\r\n\r\nzzz\r\n"));
        await using var client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("s", "SELECT INBOX"));
        Assert.Matches(@"^\* 1 FETCH \(FLAGS \(\) INTERNALDATE ""[^""]+"" RFC822.SIZE \d+\)$", Assert.Single(MailClient.Ok(await client.CommandAsync("a", "FETCH 1 FAST"))));
        Assert.Contains("ENVELOPE (", Assert.Single(MailClient.Ok(await client.CommandAsync("b", "FETCH 1 ALL"))), StringComparison.Ordinal);
        Assert.Matches(@"(?i) BODY \(""TEXT"" ""PLAIN""", Assert.Single(MailClient.Ok(await client.CommandAsync("c", "FETCH 1 FULL"))));
        List<string> header = MailClient.Ok(await client.CommandAsync("d", "FETCH 1 RFC822.HEADER"));
        Assert.StartsWith("* 1 FETCH (RFC822.HEADER {", header[0], StringComparison.Ordinal);
        Assert.Contains("Subject: Parts", header);
        Assert.Equal(["* 1 FETCH (FLAGS ())"], MailClient.Ok(await client.CommandAsync("e", "FETCH 1 FLAGS")));
        Assert.StartsWith("* 1 FETCH (RFC822.TEXT {8}", MailClient.Ok(await client.CommandAsync("f", "FETCH 1 RFC822.TEXT"))[0], StringComparison.Ordinal);
        Assert.Equal(["* 1 FETCH (FLAGS (\\Seen))"], MailClient.Ok(await client.CommandAsync("g", "FETCH 1 FLAGS")));
        Assert.StartsWith("h NO [UNKNOWN-CTE]", (await client.CommandAsync("h", "FETCH 2 BINARY.PEEK[1]"))[^1], StringComparison.Ordinal);
        Assert.Equal(["* 1 FETCH (BODY[9] \"\")"], MailClient.Ok(await client.CommandAsync("i", "FETCH 1 BODY.PEEK[9]")));
    }

    [Fact]
    public async Task Check_delete_parent_and_status_extras()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("a", "CREATE P/C"));
        MailClient.Ok(await client.CommandAsync("b", "DELETE P"));
        Assert.Contains("* LIST (\\Noselect \\HasChildren) \"/\" P", MailClient.Ok(await client.CommandAsync("c", "LIST \"\" *")));
        Assert.Matches(@"^\* STATUS INBOX \(APPENDLIMIT \d+ MAILBOXID \([^)]+\)\)$", Assert.Single(MailClient.Ok(await client.CommandAsync("d", "STATUS INBOX (APPENDLIMIT MAILBOXID)"))));
        MailClient.Ok(await client.CommandAsync("e", "SELECT INBOX"));
        Assert.Equal(["f OK CHECK completed."], await client.CommandAsync("f", "CHECK"));
    }

    [Fact]
    public async Task Move_under_qresync_reports_vanished()
    {
        await using var server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 2);
        await using var client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("a", "ENABLE QRESYNC"));
        MailClient.Ok(await client.CommandAsync("b", "CREATE Done"));
        MailClient.Ok(await client.CommandAsync("c", "SELECT INBOX"));
        List<string> move = MailClient.Ok(await client.CommandAsync("d", "MOVE 1:2 Done"));
        Assert.Matches(@"^\* OK \[COPYUID \d+ 1:2 1:2\] Moved\.$", move[0]);
        Assert.Equal("* VANISHED 1:2", move[1]);
    }
}
