using System.Text;

namespace Imap4.Server.Tests.Support;

/// <summary>Helpers for mailbox tests: a logged-in raw client and sample messages.</summary>
internal static class MailClient
{
    public static async Task<TestClient> LoginAsync(ImapTestServer server)
    {
        TestClient client = await TestClient.ConnectAsync(server.Port);
        Assert.StartsWith("L OK", (await client.CommandAsync("L", $"LOGIN {Servers.User} {Servers.Password}"))[^1], StringComparison.Ordinal);
        return client;
    }

    public static byte[] Message(string subject, string body = "Hello.") =>
        Encoding.ASCII.GetBytes($"From: Bob <bob@example.org>\r\nTo: alice@example.org\r\nSubject: {subject}\r\nDate: Mon, 3 Nov 2025 10:00:00 +0000\r\nMessage-ID: <{subject.Replace(' ', '.')}@example.org>\r\n\r\n{body}\r\n");

    public static async Task DeliverAsync(ImapTestServer server, int count, string mailbox = "INBOX")
    {
        for (int i = 1; i <= count; i++) await server.DeliverAsync(Servers.User, Message($"Message {i}"), mailbox);
    }

    /// <summary>Asserts the tagged line is OK and returns the untagged lines.</summary>
    /// <summary>A server with <paramref name="messages"/> delivered and a logged-in client that has selected INBOX.</summary>
    public static async Task<(ImapTestServer Server, TestClient Client)> SelectedAsync(int messages)
    {
        ImapTestServer server = await Servers.StartAsync();
        await DeliverAsync(server, messages);
        TestClient client = await LoginAsync(server);
        Ok(await client.CommandAsync("S", "SELECT INBOX"));
        return (server, client);
    }

    public static List<string> Ok(List<string> lines)
    {
        Assert.Matches(@"^\S+ OK", lines[^1]);
        return lines[..^1];
    }
}
