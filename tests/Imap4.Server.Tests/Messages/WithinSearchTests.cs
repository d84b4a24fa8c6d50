using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Messages;

/// <summary>WITHIN (RFC 5032): OLDER and YOUNGER by internal date, advertised because SEARCH implements them.</summary>
public sealed class WithinSearchTests
{
    [Fact]
    public async Task Older_and_younger_select_by_internal_date()
    {
        await using ImapTestServer server = await Servers.StartAsync();
        await MailClient.DeliverAsync(server, 2);
        await using TestClient client = await MailClient.LoginAsync(server);
        List<string> capability = MailClient.Ok(await client.CommandAsync("a", "CAPABILITY"));
        Assert.Contains(" WITHIN", capability[0], StringComparison.Ordinal);
        MailClient.Ok(await client.CommandAsync("b", "SELECT INBOX"));
        Assert.Equal(["* SEARCH 1 2"], MailClient.Ok(await client.CommandAsync("c", "SEARCH YOUNGER 3600")));
        Assert.Equal(["* SEARCH"], MailClient.Ok(await client.CommandAsync("d", "SEARCH OLDER 3600")));
    }
}
