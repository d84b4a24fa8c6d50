using System.Text;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Testing;
using static Imap4.Client.Tests.HighLevel.ClientTestData;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>MULTIAPPEND and literal8 from streams against Dovecot (it has MULTIAPPEND, BINARY and LITERAL+).</summary>
public sealed class AppendStreamDovecotTests(DovecotFixture fixture) : IClassFixture<DovecotFixture>
{
    private DovecotServer Server => fixture.Server;

    /// <summary>Hides the length so that only an explicit one can be used.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public async Task Streams_are_appended_in_one_multiappend_with_flags_dates_and_a_literal8()
    {
        await using ImapClient client = await LoginAsync(Server);
        Assert.Contains(client.Capabilities, c => c.Name == "MULTIAPPEND");
        Assert.Contains(client.Capabilities, c => c.Name == "BINARY");
        string folder = UniqueName("ma");
        await client.CreateFolderAsync(folder);
        var date = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5));
        byte[] plain = Message("first");
        byte[] withNul = Encoding.ASCII.GetBytes("From: a@example.com\r\nSubject: binary\r\nContent-Transfer-Encoding: binary\r\n\r\nnul\0here\r\n");
        byte[] third = Message("third");
        using var s1 = new MemoryStream(plain);
        using var s2 = new MemoryStream(withNul);
        using var s3 = new ForwardOnlyStream(third);

        AppendResult result = await client.AppendAsync(folder, [
            new AppendStreamMessage(s1) { Flags = [Flag.Seen], InternalDate = date },
            new AppendStreamMessage(s2) { Flags = [Flag.Flagged] },
            new AppendStreamMessage(s3) { Length = third.Length },
        ]);

        Assert.Equal([1u, 2u, 3u], result.Uids!.Enumerate());
        await client.SelectAsync(folder);
        var fetched = new List<FetchResult>();
        await foreach (FetchResult r in client.FetchAsync("1:*", "FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[]")) fetched.Add(r);
        Assert.Equal(3, fetched.Count);
        Assert.True(fetched[0].HasFlag(Flag.Seen));
        Assert.Equal(date, fetched[0].InternalDate);
        Assert.Equal(plain, fetched[0].GetSection(BodySection.All)!.Value.ToArray());
        Assert.True(fetched[1].HasFlag(Flag.Flagged));
        // The NUL survived (it could only travel in a literal8): BINARY gives the body back byte for byte.
        await using (Stream body = (await client.OpenDecodedBodyAsync(2, [1]))!)
        {
            using var copy = new MemoryStream();
            await body.CopyToAsync(copy);
            Assert.Equal("nul\0here\r\n", Encoding.ASCII.GetString(copy.ToArray()));
        }
        Assert.Equal(third, fetched[2].GetSection(BodySection.All)!.Value.ToArray());
    }

    [Fact]
    public async Task A_stream_without_a_known_size_or_over_the_limit_is_refused_before_sending()
    {
        await using ImapClient client = await LoginAsync(Server);
        string folder = UniqueName("ma");
        await client.CreateFolderAsync(folder);
        using var unknown = new ForwardOnlyStream(Message("x"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.AppendAsync(folder, [new AppendStreamMessage(unknown)]));
        using var short1 = new ForwardOnlyStream(Message("y"));
        // The stream ends before the announced length: the connection cannot stay in step, so it is closed.
        await Assert.ThrowsAnyAsync<ImapException>(() => client.AppendAsync(folder, [new AppendStreamMessage(short1) { Length = 100_000 }]));
        Assert.False(client.IsConnected);
    }
}
