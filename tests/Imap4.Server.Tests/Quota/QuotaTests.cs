using Imap4.Client;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Server.Tests.Support;
using Imap4.Storage;

namespace Imap4.Server.Tests.Quota;

/// <summary>QUOTA (RFC 9208) end to end with Imap4.Client, on the in-memory and the SQLite store.</summary>
public sealed class QuotaTests
{
    private static readonly ImapClientOptions ClientOptions = new()
    {
        Connection = new ImapConnectionOptions { SecurityMode = ImapSecurityMode.None, AllowPlaintextAuthentication = true },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Usage_and_limits_are_reported_and_append_and_copy_over_quota_are_refused(bool sqliteStore)
    {
        static void Configure(ImapServerOptions o) => o.UserQuotas[Servers.User] = new QuotaLimits(StorageKiB: 10, Messages: 3);
        SqliteServer? sqlite = sqliteStore ? await SqliteServer.StartAsync(Configure) : null;
        ImapTestServer server = sqlite?.Server ?? await Servers.StartAsync(Configure);
        try
        {
            await using ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", server.Port, ClientOptions);
            await client.LoginAsync(Servers.User, Servers.Password);
            QuotaRootResult root = await client.GetQuotaRootAsync("INBOX");
            Assert.Equal([""], root.Roots);
            Assert.Equal([new QuotaResource("STORAGE", 0, 10), new QuotaResource("MESSAGE", 0, 3)], root.Quotas[""]);

            await client.AppendAsync("INBOX", new MemoryStream(MailClient.Message("One")));
            await client.AppendAsync("INBOX", new MemoryStream(MailClient.Message("Two")));
            Assert.Equal([new QuotaResource("STORAGE", 1, 10), new QuotaResource("MESSAGE", 2, 3)], await client.GetQuotaAsync(""));

            // Over STORAGE: refused before the message is sent.
            byte[] big = MailClient.Message("Big", new string('x', 20_000));
            var tooBig = await Assert.ThrowsAsync<ImapCommandException>(() => client.AppendAsync("INBOX", new MemoryStream(big)));
            Assert.Equal(ResponseCode.OverQuota, tooBig.ResponseCode);
            // Over MESSAGE: two more copies make four.
            await client.SelectAsync("INBOX");
            var copy = await Assert.ThrowsAsync<ImapCommandException>(() => client.CopyAsync(MessageSet.All, "INBOX"));
            Assert.Equal(ResponseCode.OverQuota, copy.ResponseCode);
            Assert.Equal([new QuotaResource("STORAGE", 1, 10), new QuotaResource("MESSAGE", 2, 3)], await client.GetQuotaAsync(""));
            var unknown = await Assert.ThrowsAsync<ImapCommandException>(() => client.GetQuotaAsync("other"));
            Assert.Equal(ResponseCode.NonExistent, unknown.ResponseCode);
        }
        finally
        {
            if (sqlite is not null) await sqlite.DisposeAsync();
            else await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Setquota_needs_the_server_setting_and_then_replaces_all_limits()
    {
        await using (var locked = await Servers.StartAsync())
        {
            await using TestClient raw = await MailClient.LoginAsync(locked);
            HashSet<string> caps = Servers.Capabilities((await raw.CommandAsync("c", "CAPABILITY"))[0]);
            Assert.Contains("QUOTA", caps);
            Assert.Contains("QUOTA=RES-STORAGE", caps);
            Assert.Contains("QUOTA=RES-MESSAGE", caps);
            Assert.DoesNotContain("QUOTASET", caps);
            Assert.StartsWith("s NO [NOPERM]", (await raw.CommandAsync("s", "SETQUOTA \"\" (STORAGE 100)"))[^1], StringComparison.Ordinal);
            Assert.Equal(["* QUOTA \"\" ()", "g OK GETQUOTA completed."], await raw.CommandAsync("g", "GETQUOTA \"\""));
        }
        await using var server = await Servers.StartAsync(o => o.AllowSetQuota = true);
        await using ImapClient client = await ImapClient.ConnectAsync("127.0.0.1", server.Port, ClientOptions);
        await client.LoginAsync(Servers.User, Servers.Password);
        Assert.Contains("QUOTASET", client.Capabilities.Select(c => c.ToString()));
        Assert.Equal([new QuotaResource("STORAGE", 0, 100), new QuotaResource("MESSAGE", 0, 5)],
            await client.SetQuotaAsync("", [new QuotaLimit("STORAGE", 100), new QuotaLimit("MESSAGE", 5)]));
        Assert.Equal([new QuotaResource("MESSAGE", 0, 7)], await client.SetQuotaAsync("", [new QuotaLimit("MESSAGE", 7)]));
        QuotaUsage usage = await (await server.Store.OpenAccountAsync(Servers.User)).GetQuotaAsync();
        Assert.Equal(new QuotaLimits(null, 7), usage.Limits);
    }
}
