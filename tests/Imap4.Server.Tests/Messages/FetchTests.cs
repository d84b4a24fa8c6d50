using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Messages;

public sealed class FetchTests
{
    [Fact]
    public async Task Fetch_metadata_items()
    {
        (ImapTestServer server, TestClient client) = await MailClient.SelectedAsync(2);
        await using (server)
        await using (client)
        {
            List<string> lines = MailClient.Ok(await client.CommandAsync("a", "FETCH 1:* (UID FLAGS RFC822.SIZE INTERNALDATE)"));
            Assert.Equal(2, lines.Count);
            Assert.Matches(@"^\* 1 FETCH \(UID 1 FLAGS \(\) RFC822.SIZE \d+ INTERNALDATE ""[^""]+""\)$", lines[0]);
            List<string> env = MailClient.Ok(await client.CommandAsync("b", "FETCH 2 (ENVELOPE BODYSTRUCTURE EMAILID THREADID SAVEDATE)"));
            Assert.Contains("\"Message 2\"", env[0], StringComparison.Ordinal);
            Assert.Contains("BODYSTRUCTURE (\"TEXT\" \"PLAIN\"", env[0], StringComparison.OrdinalIgnoreCase);
            Assert.Contains("EMAILID (", env[0], StringComparison.Ordinal);
            Assert.Contains("SAVEDATE \"", env[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Body_sections_partial_and_seen()
    {
        (ImapTestServer server, TestClient client) = await MailClient.SelectedAsync(1);
        await using (server)
        await using (client)
        {
            List<string> peek = MailClient.Ok(await client.CommandAsync("a", "FETCH 1 (BODY.PEEK[HEADER.FIELDS (SUBJECT)])"));
            Assert.Equal("* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT)] {22}", peek[0]);
            Assert.Equal("Subject: Message 1", peek[1]);
            Assert.Equal(["* 1 FETCH (FLAGS ())"], MailClient.Ok(await client.CommandAsync("b", "FETCH 1 FLAGS")));
            List<string> text = MailClient.Ok(await client.CommandAsync("c", "FETCH 1 BODY[TEXT]<0.5>"));
            Assert.Equal("* 1 FETCH (BODY[TEXT]<0> \"Hello\" FLAGS (\\Seen))", text[0]);
            Assert.Equal(["* 1 FETCH (FLAGS (\\Seen))"], MailClient.Ok(await client.CommandAsync("d", "FETCH 1 FLAGS")));
            List<string> binary = MailClient.Ok(await client.CommandAsync("e", "UID FETCH 1 (BINARY.SIZE[1] BINARY.PEEK[1])"));
            Assert.Equal("* 1 FETCH (UID 1 BINARY.SIZE[1] 8 BINARY[1] {8}", binary[0]);
            List<string> preview = MailClient.Ok(await client.CommandAsync("f", "FETCH 1 (PREVIEW)"));
            Assert.Equal("* 1 FETCH (PREVIEW \"Hello.\")", preview[0]);
        }
    }

    [Fact]
    public async Task Fetch_beyond_the_last_message_is_bad_and_uid_fetch_skips_unknown()
    {
        (ImapTestServer server, TestClient client) = await MailClient.SelectedAsync(1);
        await using (server)
        await using (client)
        {
            Assert.StartsWith("a BAD", (await client.CommandAsync("a", "FETCH 5 FLAGS"))[^1], StringComparison.Ordinal);
            Assert.Equal(["b OK UID FETCH completed."], await client.CommandAsync("b", "UID FETCH 5:7 FLAGS"));
            Assert.Equal(["* 1 FETCH (UID 1 FLAGS ())", "c OK UID FETCH completed."], await client.CommandAsync("c", "UID FETCH * FLAGS"));
        }
    }

    [Fact]
    public async Task Condstore_modseq_and_changedsince()
    {
        (ImapTestServer server, TestClient client) = await MailClient.SelectedAsync(3);
        await using (server)
        await using (client)
        {
            List<string> all = MailClient.Ok(await client.CommandAsync("a", "FETCH 1:* (MODSEQ)"));
            ulong top = ulong.Parse(System.Text.RegularExpressions.Regex.Match(all[^1], @"MODSEQ \((\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            MailClient.Ok(await client.CommandAsync("b", "STORE 2 +FLAGS.SILENT (\\Flagged)"));
            List<string> changed = MailClient.Ok(await client.CommandAsync("c", $"FETCH 1:* (FLAGS) (CHANGEDSINCE {top})"));
            Assert.Matches(@"^\* 2 FETCH \(FLAGS \(\\Flagged\) MODSEQ \(\d+\)\)$", Assert.Single(changed));
            Assert.Matches(@"^\* SEARCH 2 \(MODSEQ \d+\)$", Assert.Single(MailClient.Ok(await client.CommandAsync("d", $"SEARCH MODSEQ {top + 1}"))));
            Assert.Matches(@"^\* ESEARCH \(TAG ""e""\) COUNT 3 MODSEQ \d+$", Assert.Single(MailClient.Ok(await client.CommandAsync("e", "SEARCH RETURN (COUNT) MODSEQ 1"))));
        }
    }
}
