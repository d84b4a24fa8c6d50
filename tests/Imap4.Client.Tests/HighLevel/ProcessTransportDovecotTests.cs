using System.Diagnostics;
using Imap4.Protocol.Fetch;
using Imap4.Testing;
using static Imap4.Client.Tests.HighLevel.ClientTestData;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>
/// The child-process transport (imaplib's IMAP4_stream) against Dovecot's own imap binary, run pre-authenticated on
/// standard input and output with the private server's generated config.
/// </summary>
public sealed class ProcessTransportDovecotTests(DovecotFixture fixture) : IClassFixture<DovecotFixture>
{
    private const string Doveadm = "/usr/bin/doveadm";

    private ProcessStartInfo PreauthImap() =>
        new(Doveadm, ["-c", fixture.Server.ConfigPath, "exec", "imap", "-u", DovecotServer.User]);

    [Fact]
    public async Task Dovecot_imap_over_stdin_and_stdout_is_preauthenticated_and_shares_the_mailbox()
    {
        // Put a message in through the network server, read it and add one through the child process.
        await using ImapClient network = await LoginAsync(fixture.Server);
        (string folder, List<uint> uids) = await FolderWithAsync(network, Message("over the network"));

        ImapConnection connection = await ImapConnection.ConnectAsync(PreauthImap(), Options.Connection);
        await using (ImapClient child = ImapClient.Create(connection, Options))
        {
            Assert.Equal(ImapConnectionState.Authenticated, connection.State);
            Assert.True(child.IsAuthenticated);
            await child.SelectAsync(folder);
            FetchResult? found = null;
            await foreach (FetchResult r in child.FetchAsync(uids[0], [FetchAttribute.Envelope])) found = r;
            Assert.Equal("over the network", found?.Envelope?.Subject);
            using var body = new MemoryStream(Message("through the pipe"));
            AppendResult appended = await child.AppendAsync(folder, body);
            Assert.NotNull(appended.Uid);
            using var downloaded = new MemoryStream();
            Assert.Equal(body.Length, await child.DownloadAsync(appended.Uid.Value, BodySection.All, downloaded));
        }
        Assert.False(connection.IsConnected);

        await network.SelectAsync(folder);
        Assert.Equal(2, (await network.SearchAsync()).Count);
    }
}
