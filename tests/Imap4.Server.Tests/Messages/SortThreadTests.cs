using System.Text;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Messages;

public sealed class SortThreadTests
{
    private static byte[] Message(string from, string subject, string date, int bodyLength) =>
        Encoding.ASCII.GetBytes($"From: {from}\r\nTo: alice@example.org\r\nSubject: {subject}\r\nDate: {date}\r\n\r\n{new string('x', bodyLength)}\r\n");

    private static async Task<(ImapTestServer, TestClient)> SetUpAsync()
    {
        ImapTestServer server = await Servers.StartAsync();
        await server.DeliverAsync(Servers.User, Message("Zed <zed@example.org>", "Beta", "Mon, 3 Nov 2025 10:00:00 +0000", 10));
        await server.DeliverAsync(Servers.User, Message("amy@example.org", "Re: Alpha", "Tue, 4 Nov 2025 10:00:00 +0000", 300));
        await server.DeliverAsync(Servers.User, Message("\"Bob\" <bob@example.org>", "Alpha", "Sun, 2 Nov 2025 10:00:00 +0000", 100));
        await server.DeliverAsync(Servers.User, Message("carl@example.org", "Fwd: alpha", "Wed, 5 Nov 2025 10:00:00 +0000", 50));
        TestClient client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("s", "SELECT INBOX"));
        return (server, client);
    }

    [Fact]
    public async Task Sort_by_each_key()
    {
        (ImapTestServer server, TestClient client) = await SetUpAsync();
        await using (server)
        await using (client)
        {
            Assert.Equal(["* SORT 3 1 2 4"], MailClient.Ok(await client.CommandAsync("a", "SORT (DATE) UTF-8 ALL")));
            Assert.Equal(["* SORT 2 3 4 1"], MailClient.Ok(await client.CommandAsync("b", "SORT (SUBJECT) UTF-8 ALL")));
            Assert.Equal(["* SORT 2 3 4 1"], MailClient.Ok(await client.CommandAsync("c", "SORT (FROM) UTF-8 ALL")));
            Assert.Equal(["* SORT 2 3 4 1"], MailClient.Ok(await client.CommandAsync("d", "SORT (REVERSE SIZE) US-ASCII ALL")));
            Assert.Equal(["* SORT 4 3 2"], MailClient.Ok(await client.CommandAsync("e", "UID SORT (REVERSE ARRIVAL) UTF-8 2:4")));
            Assert.Equal(["* SORT 2 3 4 1"], MailClient.Ok(await client.CommandAsync("f", "SORT (DISPLAYFROM) UTF-8 ALL")));
            Assert.StartsWith("g NO [BADCHARSET", (await client.CommandAsync("g", "SORT (DATE) KOI8-R ALL"))[^1], StringComparison.Ordinal);
            Assert.Equal(["* ESEARCH (TAG \"h\") MIN 3 MAX 4 ALL 3,1:2,4 COUNT 4"], MailClient.Ok(await client.CommandAsync("h", "SORT RETURN (MIN MAX ALL COUNT) (DATE) UTF-8 ALL")));
            Assert.Equal(["* ESEARCH (TAG \"i\") UID ALL 2:4,1"], MailClient.Ok(await client.CommandAsync("i", "UID SORT RETURN () (SUBJECT) UTF-8 ALL")));
        }
    }

    [Fact]
    public async Task Thread_orderedsubject()
    {
        (ImapTestServer server, TestClient client) = await SetUpAsync();
        await using (server)
        await using (client)
        {
            Assert.Equal(["* THREAD (3 (2)(4))(1)"], MailClient.Ok(await client.CommandAsync("a", "THREAD ORDEREDSUBJECT UTF-8 ALL")));
            Assert.Equal(["* THREAD (3 2)"], MailClient.Ok(await client.CommandAsync("b", "UID THREAD ORDEREDSUBJECT UTF-8 2:3")));
            Assert.StartsWith("c BAD", (await client.CommandAsync("c", "THREAD X-UNKNOWN UTF-8 ALL"))[^1], StringComparison.Ordinal);
        }
    }
}
