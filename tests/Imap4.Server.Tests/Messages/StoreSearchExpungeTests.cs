using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Messages;

public sealed class StoreSearchExpungeTests
{
    [Fact]
    public async Task Store_variants()
    {
        (ImapTestServer server, TestClient client) = await MailClient.SelectedAsync(3);
        await using (server)
        await using (client)
        {
            Assert.Equal(["* 1 FETCH (UID 1 FLAGS (\\Flagged))", "* 2 FETCH (UID 2 FLAGS (\\Flagged))"], MailClient.Ok(await client.CommandAsync("a", "STORE 1:2 +FLAGS (\\Flagged)")));
            Assert.Equal(["* 2 FETCH (UID 2 FLAGS ())"], MailClient.Ok(await client.CommandAsync("b", "UID STORE 2 -FLAGS (\\Flagged)")));
            // A new keyword is announced with FLAGS and PERMANENTFLAGS; .SILENT suppresses the FETCH.
            Assert.Equal(["* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Work)", "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Work \\*)] Flags permitted."],
                MailClient.Ok(await client.CommandAsync("c", "STORE 3 FLAGS.SILENT (\\Seen $Work)")));
            Assert.Equal(["* 3 FETCH (FLAGS (\\Seen $Work))"], MailClient.Ok(await client.CommandAsync("d", "FETCH 3 FLAGS")));
            List<string> conditional = await client.CommandAsync("e", "STORE 1:3 (UNCHANGEDSINCE 1) +FLAGS (\\Answered)");
            Assert.StartsWith("e OK [MODIFIED 1:3]", conditional[^1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Store_in_examine_is_refused()
    {
        await using var server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 1);
        await using var client = await MailClient.LoginAsync(server);
        await client.CommandAsync("a", "EXAMINE INBOX");
        Assert.StartsWith("b NO [READ-ONLY]", (await client.CommandAsync("b", "STORE 1 +FLAGS (\\Seen)"))[^1], StringComparison.Ordinal);
        await client.CommandAsync("c", "FETCH 1 BODY[]");
        Assert.Equal(["* 1 FETCH (FLAGS ())"], MailClient.Ok(await client.CommandAsync("d", "FETCH 1 FLAGS")));
    }

    [Fact]
    public async Task Search_plain_esearch_savedresult_and_charset()
    {
        (ImapTestServer server, TestClient client) = await MailClient.SelectedAsync(4);
        await using (server)
        await using (client)
        {
            await client.CommandAsync("a", "STORE 2,4 +FLAGS (\\Seen)");
            Assert.Equal(["* SEARCH 1 3"], MailClient.Ok(await client.CommandAsync("b", "SEARCH UNSEEN")));
            Assert.Equal(["* SEARCH 2 4"], MailClient.Ok(await client.CommandAsync("c", "UID SEARCH CHARSET UTF-8 SEEN")));
            Assert.Equal(["* ESEARCH (TAG \"d\") MIN 1 MAX 3 COUNT 2"], MailClient.Ok(await client.CommandAsync("d", "SEARCH RETURN (MIN MAX COUNT) UNSEEN")));
            Assert.Equal(["* ESEARCH (TAG \"e\") UID ALL 1:4"], MailClient.Ok(await client.CommandAsync("e", "UID SEARCH RETURN () ALL")));
            Assert.Empty(MailClient.Ok(await client.CommandAsync("f", "SEARCH RETURN (SAVE) SUBJECT \"Message 3\"")));
            Assert.Equal(["* 3 FETCH (UID 3 FLAGS ())"], MailClient.Ok(await client.CommandAsync("g", "FETCH $ (UID FLAGS)")));
            Assert.StartsWith("h NO [BADCHARSET (UTF-8 US-ASCII)]", (await client.CommandAsync("h", "SEARCH CHARSET KOI8-R ALL"))[^1], StringComparison.Ordinal);
            Assert.StartsWith("h2 BAD", (await client.CommandAsync("h2", "SEARCH RETURN (UPDATE) ALL"))[^1], StringComparison.Ordinal);
            await client.CommandAsync("i1", "UNSELECT");
            Assert.Equal("* ENABLED IMAP4rev2", (await client.CommandAsync("i2", "ENABLE IMAP4rev2"))[0]);
            await client.CommandAsync("i3", "SELECT INBOX");
            Assert.Equal(["* ESEARCH (TAG \"j\") ALL 1:2"], MailClient.Ok(await client.CommandAsync("j", "SEARCH 1:2")));
        }
    }

    [Fact]
    public async Task Expunge_and_uid_expunge()
    {
        (ImapTestServer server, TestClient client) = await MailClient.SelectedAsync(5);
        await using (server)
        await using (client)
        {
            await client.CommandAsync("a", "STORE 2:4 +FLAGS.SILENT (\\Deleted)");
            Assert.Equal(["* 3 EXPUNGE"], MailClient.Ok(await client.CommandAsync("b", "UID EXPUNGE 3")));
            Assert.Equal(["* 3 EXPUNGE", "* 2 EXPUNGE"], MailClient.Ok(await client.CommandAsync("c", "EXPUNGE")));
            Assert.Equal(["* 1 FETCH (UID 1)", "* 2 FETCH (UID 5)"], MailClient.Ok(await client.CommandAsync("d", "FETCH 1:* UID")));
        }
    }

    [Fact]
    public async Task Copy_and_move_report_copyuid_and_trycreate()
    {
        (ImapTestServer server, TestClient client) = await MailClient.SelectedAsync(3);
        await using (server)
        await using (client)
        {
            Assert.StartsWith("a NO [TRYCREATE]", (await client.CommandAsync("a", "COPY 1 Archive"))[^1], StringComparison.Ordinal);
            await client.CommandAsync("b", "CREATE Archive");
            Assert.Matches(@"^c OK \[COPYUID \d+ 1:2 1:2\]", (await client.CommandAsync("c", "COPY 1:2 Archive"))[^1]);
            List<string> move = await client.CommandAsync("d", "UID MOVE 2:3 Archive");
            Assert.Matches(@"^\* OK \[COPYUID \d+ 2:3 3:4\]", move[0]);
            Assert.Equal(["* 3 EXPUNGE", "* 2 EXPUNGE", "d OK UID MOVE completed."], move[1..]);
            Assert.Contains("* STATUS Archive (MESSAGES 4)", await client.CommandAsync("e", "STATUS Archive (MESSAGES)"));
        }
    }
}
