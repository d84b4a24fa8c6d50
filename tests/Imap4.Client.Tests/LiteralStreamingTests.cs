using System.Text;
using Imap4.Client.Tests.HighLevel;
using Imap4.Client.Tests.Support;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client.Tests;

/// <summary>Large FETCH literals streamed to a destination, and APPEND from streams, against the fake server.</summary>
public sealed class LiteralStreamingTests
{
    private const string Greeting = "* OK [CAPABILITY IMAP4rev1 UIDPLUS] ready";

    private static readonly FetchCommand Fetch = new(SequenceSet.All, [FetchAttribute.BodyPeek(BodySection.All)]);

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    [Fact]
    public async Task Large_body_literals_go_to_the_destination_in_pieces_and_small_ones_stay_in_the_response()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, _) = await s.ReadCommandAsync();
            // Split mid-announcement and mid-literal so the reader has to resume at every point.
            await s.SendBytesAsync(Ascii("* 1 FETCH (UID 7 BODY[1] {1"));
            await Task.Delay(20);
            await s.SendBytesAsync(Ascii("0}\r\n01234"));
            await Task.Delay(20);
            await s.SendBytesAsync(Ascii("56789 BODY[2] {3}\r\nabc ENVELOPE (NIL {8}\r\nsubject! NIL NIL NIL NIL NIL NIL NIL NIL)"));
            await s.SendBytesAsync(Ascii(" BODY[HEADER]<0> {12}\r\nHELLO"));
            await Task.Delay(20);
            await s.SendBytesAsync(Ascii("WORLD!!)\r\n* 2 FETCH (FLAGS (\\Seen))\r\n"));
            await s.SendAsync($"{tag} OK done");
            (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync($"{tag} OK noop");
        });
        await using ImapConnection c = await server.ConnectAsync();
        using var destination = new MemoryStream();
        FetchStreamResult result = await c.FetchToStreamAsync(Fetch, destination, threshold: 5);

        Assert.Equal("0123456789HELLOWORLD!!", Encoding.ASCII.GetString(destination.ToArray()));
        Assert.Equal(22, result.StreamedBytes);
        Assert.Equal(2, result.StreamedLiterals);
        FetchResponse[] fetches = [.. result.Result.Get<FetchResponse>()];
        Assert.Equal(2, fetches.Length);
        Assert.Equal(7u, fetches[0].Uid);
        Assert.Equal(0, fetches[0].GetSection(FetchItems.ParseSection("1"))!.Content!.Value.Length);
        Assert.Equal("abc", Encoding.ASCII.GetString(fetches[0].GetSection(FetchItems.ParseSection("2"))!.Content!.Value.Span));
        Assert.Equal("subject!", fetches[0].Envelope!.Subject);
        Assert.True((await c.NoopAsync()).IsOk);
        await server.Completion;
    }

    [Fact]
    public async Task A_failing_destination_is_reported_and_the_connection_stays_in_step()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, _) = await s.ReadCommandAsync();
            await s.SendBytesAsync(Ascii("* 1 FETCH (BODY[] {20}\r\n01234567890123456789)\r\n"));
            await s.SendAsync($"{tag} OK done");
            (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync($"{tag} OK noop");
        });
        await using ImapConnection c = await server.ConnectAsync();
        await using var destination = new FailingStream();
        var e = await Assert.ThrowsAsync<IOException>(() => c.FetchToStreamAsync(Fetch, destination, threshold: 0));
        Assert.Equal("disk full", e.Message);
        Assert.True((await c.NoopAsync()).IsOk);
        await server.Completion;
    }

    [Fact]
    public async Task Download_and_open_body_stream_give_the_section_bytes()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("UID FETCH 5 (BODY.PEEK[TEXT])", text);
            await s.SendBytesAsync(Ascii("* 1 FETCH (UID 5 BODY[TEXT] {5}\r\nsmall)\r\n"));
            await s.SendAsync($"{tag} OK done");
            (tag, _) = await s.ReadCommandAsync();
            await s.SendBytesAsync(Ascii("* 1 FETCH (UID 5 BODY[] {11}\r\nbig message)\r\n"));
            await s.SendAsync($"{tag} OK done");
            (tag, _) = await s.ReadCommandAsync();
            await s.SendAsync($"{tag} OK nothing");
        });
        var options = new ImapClientOptions { BodyStreamingThreshold = 8, LogoutTimeout = TimeSpan.FromMilliseconds(200) };
        await using ImapClient client = await ClientFakeServerTests.ClientAsync(server, options);
        using var text = new MemoryStream();
        Assert.Equal(5, await client.DownloadAsync(5, "TEXT", text));
        Assert.Equal("small", Encoding.ASCII.GetString(text.ToArray()));

        await using (Stream body = client.OpenBodyStream(5, BodySection.All))
        using (var reader = new StreamReader(body))
            Assert.Equal("big message", await reader.ReadToEndAsync());
        Assert.Null(await client.DownloadAsync(6, BodySection.All, Stream.Null));
        await server.Completion;
    }

    [Fact]
    public async Task Append_from_an_unseekable_stream_announces_the_length_and_sends_the_bytes()
    {
        byte[] message = Ascii("Subject: s\r\n\r\nbody line\r\n");
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal($"APPEND INBOX (\\Seen) {{{message.Length}}}", text);
            await s.SendAsync("+ go");
            Assert.Equal(message, await s.ReadBytesAsync(message.Length));
            Assert.Equal("", await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK [APPENDUID 3 42] done");
        });
        await using ImapClient client = await ClientFakeServerTests.ClientAsync(server);
        await using var pipe = new UnseekableStream(message);
        AppendResult result = await client.AppendAsync("INBOX", pipe, [Flag.Seen]);
        Assert.Equal(42u, result.Uid);
        await server.Completion;
    }

    [Fact]
    public async Task A_refused_streamed_append_sends_no_body_and_the_connection_stays_in_step()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync(Greeting);
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("APPEND INBOX {5000}", text);
            await s.SendAsync($"{tag} NO [TOOBIG] too large");
            (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("NOOP", text);
            await s.SendAsync($"{tag} OK noop");
        });
        await using ImapConnection c = await server.ConnectAsync();
        using var body = new MemoryStream(new byte[5000]);
        var e = await Assert.ThrowsAsync<ImapCommandException>(() => c.AppendAsync(new MailboxName("INBOX"), body, body.Length));
        Assert.Equal("TOOBIG", e.ResponseCode?.Name);
        Assert.Equal(0, body.Position);
        Assert.True((await c.NoopAsync()).IsOk);
        await server.Completion;
    }

    private sealed class FailingStream : MemoryStream
    {
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new IOException("disk full");
    }

    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
