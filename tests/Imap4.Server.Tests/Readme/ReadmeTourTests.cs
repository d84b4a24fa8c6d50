using Imap4.Client;
using Imap4.Mime.Messages;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Search;

namespace Imap4.Server.Tests.Readme;

/// <summary>The README's tour, run for real: the server, the client and MIME samples, so the README cannot rot.</summary>
public sealed class ReadmeTourTests
{
    [Fact]
    public async Task Client_server_and_mime_samples_work_as_written()
    {
        // Server sample.
        await using var server = await ImapTestServer.StartAsync();
        server.AddUser("alice", "secret");
        byte[] messageBytes = new MimeMessageBuilder()
            .From("bob@example.org").To("alice@example.org").Subject("Grüße aus dem README").Text("Hallo Alice\n")
            .Attach("notes.txt", "attached text\n"u8.ToArray()).ToBytes();
        await server.DeliverAsync("alice", messageBytes);

        // Client sample (plain TCP on loopback here; the README connects with TLS on 993).
        var options = ImapClientOptions.Default with { Connection = ImapConnectionOptions.Default with { SecurityMode = ImapSecurityMode.None } };
        await using var client = await ImapClient.ConnectAsync(server.Host, server.Port, options);
        await client.LoginAsync("alice", "secret");
        await client.SelectAsync("INBOX");
        var unread = await client.SearchAsync(SearchQuery.Unseen & SearchQuery.Since(new DateOnly(2020, 1, 1)));
        Assert.Single(unread);
        var subjects = new List<string?>();
        if (unread.Count > 0)
            await foreach (var m in client.FetchAsync(unread, [FetchAttribute.Envelope, FetchAttribute.Flags]))
                subjects.Add(m.Envelope?.Subject);
        Assert.Single(subjects);

        // MIME sample: the subject decoded, the text body and the attachment.
        using var message = MimeMessage.Load(messageBytes);
        Assert.Equal("Grüße aus dem README", message.Subject);
        Assert.Equal("bob@example.org", message.From[0].Address);
        Assert.Contains("Hallo Alice", message.TextBody, StringComparison.Ordinal);
        var attachment = Assert.Single(message.Attachments);
        await using (var s = attachment.Open())
        using (var reader = new StreamReader(s))
            Assert.Equal("attached text\n", await reader.ReadToEndAsync());
    }
}
