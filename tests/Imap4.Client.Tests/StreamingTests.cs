using Imap4.Client.Tests.Support;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client.Tests;

/// <summary>ImapConnection.ExecuteStreamingAsync: responses as they arrive, NO at the end, early stop.</summary>
public sealed class StreamingTests
{
    [Fact]
    public async Task Responses_before_a_no_are_yielded_then_the_failure_is_thrown()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1] ready");
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync("* 1 FETCH (FLAGS ())");
            await s.SendAsync($"{tag} NO [EXPUNGEISSUED] some messages vanished");
            (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync("* 1 FETCH (FLAGS ())");
            await s.SendAsync("* 2 FETCH (FLAGS ())");
            await s.SendAsync($"{tag} OK done");
            (tag, var text) = await s.ReadCommandAsync();
            Assert.Equal("NOOP", text);
            await s.SendAsync($"{tag} OK noop");
        });
        await using ImapConnection c = await server.ConnectAsync();
        var command = new FetchCommand(SequenceSet.All, [FetchAttribute.Flags]);
        var seen = new List<UntaggedResponse>();
        var e = await Assert.ThrowsAsync<ImapCommandException>(async () =>
        {
            await foreach (UntaggedResponse r in c.ExecuteStreamingAsync(command)) seen.Add(r);
        });
        Assert.Equal("EXPUNGEISSUED", e.ResponseCode?.Name);
        Assert.IsType<FetchResponse>(Assert.Single(seen));

        // Stopping after the first response leaves the connection usable once the command has ended.
        await foreach (UntaggedResponse r in c.ExecuteStreamingAsync(command)) break;
        Assert.True((await c.NoopAsync()).IsOk);
        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (UntaggedResponse r in c.ExecuteStreamingAsync(IdleCommand.Instance)) { }
        });
        await server.Completion;
    }
}
