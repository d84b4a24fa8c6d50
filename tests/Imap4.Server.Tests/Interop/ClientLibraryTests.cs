using Imap4.Client;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Search;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Interop;

/// <summary>Our client library against the server: typed commands written by the client, typed responses parsed back.</summary>
public sealed class ClientLibraryTests
{
    private static readonly ImapConnectionOptions Options = new() { SecurityMode = ImapSecurityMode.None, AllowPlaintextAuthentication = true };

    [Fact]
    public async Task Client_selects_fetches_typed_envelope_and_structure_searches_stores_and_idles()
    {
        await using var server = await Servers.StartAsync(o => o.RecentForRev1 = true);
        await server.DeliverAsync(Servers.User, MailClient.Message("Typed"));
        await using ImapConnection a = await ImapConnection.ConnectAsync(server.Host, server.Port, Options);
        await a.LoginAsync(Servers.User, Servers.Password);
        ImapCommandResult select = await a.ExecuteAsync(new SelectCommand(MailboxName.Inbox));
        Assert.True(select.IsOk);
        Assert.Equal(1u, Assert.Single(select.Get<ExistsResponse>()).Count);
        ImapCommandResult fetch = await a.ExecuteAsync(new FetchCommand(new SequenceSet(1),
            [FetchAttribute.Envelope, FetchAttribute.BodyStructure, FetchAttribute.BodyPeek(BodySection.Text), FetchAttribute.Rfc822Size]));
        FetchResponse message = Assert.Single(fetch.Get<FetchResponse>());
        Assert.Equal("Typed", message.Envelope!.Subject);
        Assert.NotNull(message.BodyStructure);
        Assert.Equal("Hello.\r\n", System.Text.Encoding.ASCII.GetString(message.GetSection(BodySection.Text)!.Content!.Value.Span));
        ImapCommandResult search = await a.ExecuteAsync(new SearchCommand(SearchQuery.Subject("Typed")) { IsUid = true, Return = SearchReturnOptions.Of(SearchReturnOption.Count) });
        Assert.Equal(1u, Assert.Single(search.Get<ESearchResponse>()).Count);

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var seen = new TaskCompletionSource<uint>();
        Task<ImapCommandResult> idle = a.IdleAsync(r =>
        {
            if (r is ExistsResponse e) seen.TrySetResult(e.Count);
            return ValueTask.CompletedTask;
        }, stop.Token);
        await Task.Delay(100);
        await server.DeliverAsync(Servers.User, MailClient.Message("Second"));
        Assert.Equal(2u, await seen.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await stop.CancelAsync();
        Assert.True((await idle).IsOk);
    }
}
