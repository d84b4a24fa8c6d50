using System.Text;
using Imap4.Protocol.Primitives;
using Imap4.Server.Tests.Support;
using Imap4.Storage;

namespace Imap4.Server.Tests.Messages;

/// <summary>A FETCH of 20 000 messages is streamed with backpressure: while the client does not read, the server waits.</summary>
public sealed class BigFetchTests
{
    private const int Count = 20_000;

    [Fact]
    public async Task Big_fetch_waits_for_a_slow_reader_and_then_completes()
    {
        await using var server = await Servers.StartAsync();
        IMailAccount account = await server.Store.OpenAccountAsync(Servers.User);
        IMailbox inbox = await account.OpenMailboxAsync(MailboxName.Inbox);
        string body = new('x', 2000);
        for (int i = 0; i < Count; i++)
        {
            using var content = new MemoryStream(Encoding.ASCII.GetBytes($"Subject: {i}\r\n\r\n{body}\r\n"));
            await inbox.AppendAsync(content);
        }
        await using var client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("s", "SELECT INBOX"));
        await client.SendAsync("f FETCH 1:* (UID BODY[])\r\n");
        Assert.StartsWith("* 1 FETCH (UID 1 BODY[] {", await client.ReadLineAsync(), StringComparison.Ordinal);
        // The client stops reading: the server must stop producing (each produced response sets \Seen).
        // Once socket buffers are full, production must stop (plateau) well before the end.
        int stalled = (await inbox.GetStatusAsync()).Unseen, previous = -1;
        for (int i = 0; i < 50 && stalled != previous; i++)
        {
            await Task.Delay(200);
            previous = stalled;
            stalled = (await inbox.GetStatusAsync()).Unseen;
        }
        Assert.Equal(previous, stalled);
        Assert.True(stalled > Count / 2, $"the server produced {Count - stalled} responses without the client reading");
        int fetches = 1;
        while (true)
        {
            string line = await client.ReadLineAsync();
            if (line.StartsWith("f ", StringComparison.Ordinal))
            {
                Assert.Equal("f OK FETCH completed.", line);
                break;
            }
            if (line.StartsWith("* ", StringComparison.Ordinal) && line.Contains(" FETCH (UID ", StringComparison.Ordinal)) fetches++;
        }
        Assert.Equal(Count, fetches);
        Assert.Equal(0, (await inbox.GetStatusAsync()).Unseen);
    }
}
