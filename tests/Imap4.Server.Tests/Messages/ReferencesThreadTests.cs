using System.Text;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Messages;

public sealed class ReferencesThreadTests
{
    private static byte[] Message(int day, string id, string subject, string extra = "") =>
        Encoding.ASCII.GetBytes($"From: a@example.org\r\nSubject: {subject}\r\nDate: {day} Nov 2025 10:00:00 +0000\r\nMessage-ID: {id}\r\n{extra}\r\nbody\r\n");

    [Fact]
    public async Task Thread_references_links_replies_prunes_missing_parents_and_merges_subjects()
    {
        await using var server = await Servers.StartAsync();
        await server.DeliverAsync(Servers.User, Message(1, "<a@x>", "Topic"));
        await server.DeliverAsync(Servers.User, Message(2, "<b@x>", "Re: Topic", "References: <a@x>\r\n"));
        await server.DeliverAsync(Servers.User, Message(3, "<c@x>", "Re: Topic", "References: <a@x> <b@x>\r\n"));
        await server.DeliverAsync(Servers.User, Message(4, "<d@x>", "Re: Topic", "In-Reply-To: <a@x>\r\n"));
        await server.DeliverAsync(Servers.User, Message(5, "<e@x>", "Other"));
        await server.DeliverAsync(Servers.User, Message(6, "<f@x>", "Re: Other", "References: <missing@x>\r\n"));
        await using var client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("s", "SELECT INBOX"));
        Assert.Equal(["* THREAD (1 (2 3)(4))(5 6)"], MailClient.Ok(await client.CommandAsync("a", "THREAD REFERENCES UTF-8 ALL")));
        Assert.Equal(["* THREAD ((2 3)(4))"], MailClient.Ok(await client.CommandAsync("b", "UID THREAD REFERENCES UTF-8 2:4")));
    }
}
