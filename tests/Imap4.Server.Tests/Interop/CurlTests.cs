using System.Globalization;
using System.Text;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Interop;

/// <summary>curl's IMAP support as a real, independent client. curl must be installed: the tests fail otherwise.</summary>
public sealed class CurlTests
{
    private static async Task<string> CurlAsync(ImapTestServer server, string path, params string[] extra)
    {
        var arguments = new List<string> { "-s", "-S", "--max-time", "20", "-u", $"{Servers.User}:{Servers.Password}" };
        arguments.AddRange(extra);
        arguments.Add(string.Create(CultureInfo.InvariantCulture, $"imap://127.0.0.1:{server.Port}/{path}"));
        ExternalPeer.Result result = await ExternalPeer.RunAsync("curl", arguments);
        Assert.True(result.ExitCode == 0, "curl failed: " + result);
        return result.Output;
    }

    [Fact]
    public async Task Curl_lists_the_mailboxes()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        await using (TestClient client = await MailClient.LoginAsync(server))
            MailClient.Ok(await client.CommandAsync("C", "CREATE Archive"));
        string output = await CurlAsync(server, "");
        Assert.Contains("* LIST (", output, StringComparison.Ordinal);
        Assert.Contains("INBOX", output, StringComparison.Ordinal);
        Assert.Contains("Archive", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Curl_fetches_a_message_by_uid_byte_for_byte()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        await MailClient.DeliverAsync(server, 2);
        string output = await CurlAsync(server, "INBOX;UID=2");
        Assert.Equal(Encoding.ASCII.GetString(MailClient.Message("Message 2")), output);
    }

    [Fact]
    public async Task Curl_examines_inbox_with_a_custom_command()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        await MailClient.DeliverAsync(server, 3);
        string output = await CurlAsync(server, "", "-X", "EXAMINE INBOX");
        Assert.Contains("* 3 EXISTS", output, StringComparison.Ordinal);
        Assert.Contains("UIDVALIDITY", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Curl_appends_an_uploaded_file()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        byte[] message = MailClient.Message("Uploaded by curl", "Sent with -T.");
        string file = Path.Combine(Path.GetTempPath(), $"imap4-curl-{Guid.NewGuid():N}.eml");
        await File.WriteAllBytesAsync(file, message);
        try
        {
            await CurlAsync(server, "INBOX", "-T", file);
        }
        finally
        {
            File.Delete(file);
        }
        await using TestClient client = await MailClient.LoginAsync(server);
        MailClient.Ok(await client.CommandAsync("S", "SELECT INBOX"));
        List<string> fetched = MailClient.Ok(await client.CommandAsync("F", "FETCH 1 BODY[]"));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"BODY[] {{{message.Length}}}"), fetched[0], StringComparison.Ordinal);
        Assert.Contains("Subject: Uploaded by curl", fetched, StringComparer.Ordinal);
        Assert.Contains("Sent with -T.", fetched, StringComparer.Ordinal);
    }
}
