using System.Text;
using Imap4.Client.Tests.Support;
using Imap4.Protocol.Primitives;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>The exact bytes of APPEND/MULTIAPPEND from streams: LITERAL+, literal8, synchronizing literals, refusals.</summary>
public sealed class AppendStreamFakeServerTests
{
    private static MemoryStream Bytes(string s) => new(Encoding.ASCII.GetBytes(s));

    [Fact]
    public async Task Multiappend_uses_literal_plus_and_a_literal8_for_content_with_nul()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 MULTIAPPEND LITERAL+ BINARY UIDPLUS] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("APPEND INBOX (\\Seen) \" 2-Jan-2025 03:04:05 +0000\" {5+}", text);
            Assert.Equal("hello", Encoding.ASCII.GetString(await s.ReadBytesAsync(5)));
            Assert.Equal(" (\\Flagged) ~{3+}", await s.ReadLineAsync());
            Assert.Equal(new byte[] { (byte)'a', 0, (byte)'b' }, await s.ReadBytesAsync(3));
            Assert.Equal("", await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK [APPENDUID 9 4:5] appended");
        });
        await using ImapClient client = await ClientFakeServerTests.ClientAsync(server);
        using var first = Bytes("hello");
        using var second = Bytes("a\0b");
        AppendResult result = await client.AppendAsync("INBOX", [
            new AppendStreamMessage(first) { Flags = [Flag.Seen], InternalDate = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero) },
            new AppendStreamMessage(second) { Flags = [Flag.Flagged] },
        ]);
        Assert.Equal(9u, result.UidValidity);
        Assert.Equal([4u, 5u], result.Uids!.Enumerate());
        await server.Completion;
    }

    [Fact]
    public async Task Synchronizing_literals_wait_for_each_continuation_and_a_refused_one_ends_the_command_in_step()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 MULTIAPPEND] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("APPEND INBOX {5}", text);
            await s.SendAsync("+ go");
            Assert.Equal("hello", Encoding.ASCII.GetString(await s.ReadBytesAsync(5)));
            Assert.Equal(" {2}", await s.ReadLineAsync());
            await s.SendAsync("+ go");
            Assert.Equal("hi", Encoding.ASCII.GetString(await s.ReadBytesAsync(2)));
            Assert.Equal("", await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK appended");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("APPEND INBOX {5}", text);
            await s.SendAsync("+ go");
            Assert.Equal("hello", Encoding.ASCII.GetString(await s.ReadBytesAsync(5)));
            Assert.Equal(" {2}", await s.ReadLineAsync());
            await s.SendAsync($"{tag} NO [OVERQUOTA] no room for the second");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("NOOP", text);
            await s.SendAsync($"{tag} OK noop");
        });
        await using ImapClient client = await ClientFakeServerTests.ClientAsync(server);
        AppendResult ok = await client.AppendAsync("INBOX", [new AppendStreamMessage(Bytes("hello")), new AppendStreamMessage(Bytes("hi"))]);
        Assert.Null(ok.Uids);
        var e = await Assert.ThrowsAsync<ImapCommandException>(() =>
            client.AppendAsync("INBOX", [new AppendStreamMessage(Bytes("hello")), new AppendStreamMessage(Bytes("hi"))]));
        Assert.Equal("OVERQUOTA", e.ResponseCode?.Name);
        Assert.Empty(await client.NoopAsync());
        await server.Completion;
    }

    [Fact]
    public async Task Without_multiappend_each_stream_is_one_append_and_limits_are_checked_first()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS APPENDLIMIT=5] ready");
            for (uint uid = 7; uid <= 8; uid++)
            {
                var (tag, text) = await s.ReadCommandAsync();
                Assert.Equal("APPEND INBOX {2+}", text);
                await s.ReadBytesAsync(2);
                Assert.Equal("", await s.ReadLineAsync());
                await s.SendAsync($"{tag} OK [APPENDUID 3 {uid}] appended");
            }
        });
        await using ImapClient client = await ClientFakeServerTests.ClientAsync(server);
        var tooBig = await Assert.ThrowsAsync<ImapCommandException>(() =>
            client.AppendAsync("INBOX", [new AppendStreamMessage(Bytes("ok")), new AppendStreamMessage(Bytes("too long"))]));
        Assert.Equal("TOOBIG", tooBig.ResponseCode?.Name);
        await Assert.ThrowsAsync<NotSupportedException>(() =>
            client.AppendAsync("INBOX", [new AppendStreamMessage(Bytes("ok")) { Binary = true }]));
        AppendResult result = await client.AppendAsync("INBOX", [new AppendStreamMessage(Bytes("ab")), new AppendStreamMessage(Bytes("bc"))]);
        Assert.Equal([7u, 8u], result.Uids!.Enumerate());
        await server.Completion;
    }
}
