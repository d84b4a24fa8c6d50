using System.Text;
using Imap4.Protocol.Primitives;
using Imap4.Server.Tests.Support;
using Imap4.Storage;
using Imap4.Testing;
using Xunit.Abstractions;

namespace Imap4.Server.Tests.Messages;

/// <summary>APPEND message literals flow from the connection into the store: bounded memory, refusals before <c>+</c>.</summary>
[Collection(nameof(MemoryMeasuredGroup))]
public sealed class AppendStreamingTests(ITestOutputHelper output)
{
    private const int Chunk = 1024 * 1024;

    [Fact]
    public async Task Fifty_megabyte_append_streams_into_the_sqlite_store_with_bounded_memory()
    {
        const long size = 50L * 1024 * 1024;
        // A command limit far below the message: the socket stops reading ahead at 9 MiB, and a buffered literal could
        // not even be accepted.
        await using SqliteServer sqlite = await SqliteServer.StartAsync(o => o.MaxCommandSize = 8L * 1024 * 1024);
        await using TestClient client = await MailClient.LoginAsync(sqlite.Server);
        byte[] chunk = MessageChunk();
        // What the transport itself allocates to carry 50 MB (Kestrel's buffers): a line the server drops as too long.
        long baseline = await AllocatedAsync(async () =>
        {
            await client.SendAsync("x NOOP ");
            await SendAsync(client, OneLineChunk(), size, "\r\n");
            Assert.StartsWith("x BAD", await client.ReadLineAsync(), StringComparison.Ordinal);
        });

        await client.SendAsync($"a APPEND INBOX {{{size}}}\r\n");
        Assert.StartsWith("+ ", await client.ReadLineAsync(), StringComparison.Ordinal);
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long midway = 0;
        long allocated = await AllocatedAsync(async () =>
        {
            await client.SendAsync("Subject: Big\r\n\r\n"u8.ToArray());
            await SendAsync(client, chunk, size / 2 - 16, null);
            midway = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
            await SendAsync(client, chunk, size - size / 2, "\r\n");
            Assert.Matches(@"^a OK \[APPENDUID \d+ 1\]", (await client.ReadUntilTaggedAsync("a"))[^1]);
        });
        long retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        output.WriteLine($"50 MiB APPEND: held midway {midway / 1024} KiB, retained {retained / 1024} KiB, allocated {allocated / 1024} KiB (transport alone {baseline / 1024} KiB)");

        // Buffering the literal would hold at least 25 MB midway and allocate 50 MB more than the transport does (the
        // allocation figures are process-wide and other tests run meanwhile, hence the generous bound).
        Assert.True(midway < 16L * 1024 * 1024, $"{midway / 1024} KiB held midway through a {size / 1024} KiB APPEND");
        Assert.True(retained < 4L * 1024 * 1024, $"{retained / 1024} KiB retained after the APPEND");
        Assert.True(allocated - baseline < size, $"the APPEND allocated {allocated / 1024} KiB, the transport alone {baseline / 1024} KiB");
        MailClient.Ok(await client.CommandAsync("e", "EXAMINE INBOX"));
        Assert.Contains($"* 1 FETCH (RFC822.SIZE {size})", await client.CommandAsync("f", "FETCH 1 RFC822.SIZE"));
    }

    // 1 MiB of 1024-byte lines.
    private static byte[] MessageChunk()
    {
        byte[] line = Encoding.ASCII.GetBytes(new string('x', 1022) + "\r\n");
        byte[] chunk = new byte[Chunk];
        for (int i = 0; i < Chunk; i += line.Length) line.CopyTo(chunk, i);
        return chunk;
    }

    // 1 MiB without a line end.
    private static byte[] OneLineChunk()
    {
        byte[] chunk = new byte[Chunk];
        Array.Fill(chunk, (byte)'y');
        return chunk;
    }

    private static async Task SendAsync(TestClient client, byte[] chunk, long count, string? end)
    {
        for (long sent = 0; sent < count; sent += Chunk)
        {
            int n = (int)Math.Min(Chunk, count - sent);
            await client.SendAsync(n == Chunk ? chunk : chunk[..n]);
        }
        if (end is not null) await client.SendAsync(end);
    }

    private static async Task<long> AllocatedAsync(Func<Task> action)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        await action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    [Fact]
    public async Task Trycreate_comes_without_a_continuation_request()
    {
        await using var server = await Servers.StartAsync();
        await using RawImapClient raw = await RawImapClient.ConnectAsync("127.0.0.1", server.Port);
        await raw.CommandAsync($"LOGIN {Servers.User} {Servers.Password}");
        // A synchronizing literal: had the server sent "+", it would appear here before the tagged NO.
        CommandResult refused = await raw.CommandAsync("APPEND Missing (\\Seen) {1000}", allowFailure: true);
        Assert.False(refused.Ok);
        Assert.Contains("NO [TRYCREATE]", refused.Status, StringComparison.Ordinal);
        Assert.Empty(refused.Untagged);
        Assert.True((await raw.CommandAsync("NOOP")).Ok);
    }

    [Fact]
    public async Task Literal_plus_to_a_missing_mailbox_is_dropped_and_its_lines_never_run()
    {
        await using var server = await Servers.StartAsync();
        await using RawImapClient raw = await RawImapClient.ConnectAsync("127.0.0.1", server.Port);
        await raw.CommandAsync($"LOGIN {Servers.User} {Servers.Password}");
        byte[] literal = "Subject: x\r\n\r\nz1 DELETE Keep\r\nz2 CREATE Injected\r\n"u8.ToArray();
        await raw.CommandAsync("CREATE Keep");
        CommandResult refused = await raw.CommandAsync("APPEND Missing", literal, allowFailure: true);
        Assert.Contains("NO [TRYCREATE]", refused.Status, StringComparison.Ordinal);
        CommandResult list = await raw.CommandAsync("LIST \"\" *");
        Assert.Equal(["INBOX", "Keep"], list.Untagged.Select(u => u[^1].Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Refused_literal_plus_is_discarded_in_chunks_without_holding_it()
    {
        const long size = 32L * 1024 * 1024;
        await using var server = await Servers.StartAsync(o => o.MaxCommandSize = 4L * 1024 * 1024);
        await using TestClient client = await MailClient.LoginAsync(server);
        byte[] chunk = MessageChunk();
        long baseline = await AllocatedAsync(async () =>
        {
            await client.SendAsync("x NOOP ");
            await SendAsync(client, OneLineChunk(), size, "\r\n");
            Assert.StartsWith("x BAD", await client.ReadLineAsync(), StringComparison.Ordinal);
        });
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long midway = 0;
        long allocated = await AllocatedAsync(async () =>
        {
            await client.SendAsync($"a APPEND Missing {{{size}+}}\r\n");
            await SendAsync(client, chunk, size / 2, null);
            midway = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
            await SendAsync(client, chunk, size / 2, "\r\n");
            Assert.Equal("a NO [TRYCREATE] The mailbox does not exist; create it first.", await client.ReadLineAsync());
        });
        output.WriteLine($"32 MiB refused LITERAL+: held midway {midway / 1024} KiB, allocated {allocated / 1024} KiB (transport alone {baseline / 1024} KiB)");
        Assert.True(midway < 12L * 1024 * 1024, $"{midway / 1024} KiB held midway through a dropped {size / 1024} KiB literal");
        Assert.True(allocated - baseline < size, $"dropping allocated {allocated / 1024} KiB, the transport alone {baseline / 1024} KiB");
        Assert.Equal(["b OK NOOP completed."], await client.CommandAsync("b", "NOOP"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Multiappend_adds_nothing_when_the_second_message_is_refused(bool sqliteStore)
    {
        SqliteServer? sqlite = sqliteStore ? await SqliteServer.StartAsync(o => o.AppendLimit = 4096) : null;
        ImapTestServer server = sqlite?.Server ?? await Servers.StartAsync(o => o.AppendLimit = 4096);
        try
        {
            await using TestClient client = await MailClient.LoginAsync(server);
            byte[] one = MailClient.Message("One");
            // Too big: refused before its "+", after the first message was read.
            await client.SendAsync($"a APPEND INBOX {{{one.Length}}}\r\n");
            Assert.StartsWith("+ ", await client.ReadLineAsync(), StringComparison.Ordinal);
            await client.SendAsync([.. one, .. " (\\Seen) {5000}\r\n"u8]);
            Assert.StartsWith("a NO [TOOBIG]", await client.ReadLineAsync(), StringComparison.Ordinal);
            // Invalid second message (NUL in a non-binary LITERAL+ literal): BAD, its bytes skipped.
            byte[] bad = Encoding.ASCII.GetBytes("Subject: Two\r\n\r\nA\0B\r\n");
            await client.SendAsync([.. Encoding.ASCII.GetBytes($"b APPEND INBOX {{{one.Length}+}}\r\n"), .. one,
                .. Encoding.ASCII.GetBytes($" {{{bad.Length}+}}\r\n"), .. bad, .. "\r\n"u8]);
            Assert.StartsWith("b BAD [CLIENTBUG] NUL", await client.ReadLineAsync(), StringComparison.Ordinal);
            Assert.Contains("* STATUS INBOX (MESSAGES 0)", await client.CommandAsync("c", "STATUS INBOX (MESSAGES)"));
            IMailbox inbox = await (await server.Store.OpenAccountAsync(Servers.User)).OpenMailboxAsync(MailboxName.Inbox);
            Assert.Equal(0, (await inbox.GetStatusAsync()).Messages);
        }
        finally
        {
            if (sqlite is not null) await sqlite.DisposeAsync();
            else await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Streamed_multiappend_with_a_literal_mailbox_name_and_options()
    {
        await using var server = await Servers.StartAsync();
        await using TestClient client = await MailClient.LoginAsync(server);
        byte[] one = MailClient.Message("One");
        byte[] two = MailClient.Message("Two");
        await client.SendAsync("a APPEND {5}\r\n");
        Assert.StartsWith("+ ", await client.ReadLineAsync(), StringComparison.Ordinal);
        await client.SendAsync($"INBOX (\\Flagged) \"05-Nov-2025 10:11:12 +0100\" {{{one.Length}}}\r\n");
        Assert.StartsWith("+ ", await client.ReadLineAsync(), StringComparison.Ordinal);
        await client.SendAsync([.. one, .. Encoding.ASCII.GetBytes($" ($Two) {{{two.Length}}}\r\n")]);
        Assert.StartsWith("+ ", await client.ReadLineAsync(), StringComparison.Ordinal);
        await client.SendAsync([.. two, .. "\r\n"u8]);
        Assert.Matches(@"^a OK \[APPENDUID \d+ 1:2\]", (await client.ReadUntilTaggedAsync("a"))[^1]);
        MailClient.Ok(await client.CommandAsync("s", "EXAMINE INBOX"));
        Assert.Equal(["* 1 FETCH (FLAGS (\\Flagged))", "* 2 FETCH (FLAGS ($Two))"], MailClient.Ok(await client.CommandAsync("f", "FETCH 1:2 FLAGS")));
        Assert.Equal(["* 1 FETCH (INTERNALDATE \" 5-Nov-2025 10:11:12 +0100\")"], MailClient.Ok(await client.CommandAsync("g", "FETCH 1 INTERNALDATE")));
    }

    [Fact]
    public async Task Data_after_the_last_literal_is_a_syntax_error_and_nothing_is_added()
    {
        await using var server = await Servers.StartAsync();
        await using TestClient client = await MailClient.LoginAsync(server);
        byte[] one = MailClient.Message("One");
        await client.SendAsync([.. Encoding.ASCII.GetBytes($"a APPEND INBOX {{{one.Length}+}}\r\n"), .. one, .. " junk\r\n"u8]);
        Assert.StartsWith("a BAD", await client.ReadLineAsync(), StringComparison.Ordinal);
        Assert.Contains("* STATUS INBOX (MESSAGES 0)", await client.CommandAsync("b", "STATUS INBOX (MESSAGES)"));
    }
}
