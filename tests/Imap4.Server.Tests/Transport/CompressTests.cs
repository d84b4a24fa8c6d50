using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Transport;

public sealed class CompressTests
{
    [Fact]
    public async Task Compress_deflate_round_trip_with_a_large_response_and_a_literal()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.StartsWith("a BAD [CLIENTBUG] COMPRESS is not allowed", (await client.CommandAsync("a", "COMPRESS DEFLATE"))[^1], StringComparison.Ordinal);
        await client.CommandAsync("b", "LOGIN alice secret");
        Assert.Equal(["c OK DEFLATE active."], await client.CommandAsync("c", "COMPRESS DEFLATE"));
        client.StartCompression();
        for (int i = 0; i < 20; i++) Assert.Equal($"n{i} OK NOOP completed.", (await client.CommandAsync($"n{i}", "NOOP"))[^1]);
        // A literal inside the compressed stream.
        string value = new('v', 3000);
        await client.SendAsync($"d ID (\"k\" {{{value.Length}+}}\r\n{value})\r\n");
        Assert.Equal("d OK ID completed.", (await client.ReadUntilTaggedAsync("d"))[^1]);
        Assert.Equal("* BYE Logging out.", (await client.CommandAsync("e", "LOGOUT"))[0]);
    }

    [Fact]
    public async Task Unknown_algorithm_is_BAD()
    {
        await using var server = await Servers.StartAsync();
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("a", "LOGIN alice secret");
        Assert.Equal("b BAD [CLIENTBUG] Unknown compression algorithm LZMA.", (await client.CommandAsync("b", "COMPRESS LZMA"))[^1]);
        Assert.Equal("c OK NOOP completed.", (await client.CommandAsync("c", "NOOP"))[^1]);
    }
}
