using System.Security.Cryptography;
using Imap4.Client.Tests.Support;
using Imap4.Protocol.Fetch;
using Xunit.Abstractions;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>
/// GetMessageAsync and OpenBodyAsync over a 64 MB message from the fake server: parsed and read as it arrives, never
/// held in memory (measured as bytes allocated, which is process-wide, hence the non-parallel collection).
/// </summary>
[Collection(nameof(LargeMessageGroup))]
public sealed class StreamedBodyTests(ITestOutputHelper output)
{
    private const long Size = 64L * 1024 * 1024;
    private const long Budget = 8L * 1024 * 1024;

    private static FakeImapServer ServeTwice(long length) => FakeImapServer.Start(async s =>
    {
        await s.SendAsync("* OK [CAPABILITY IMAP4rev1] ready");
        for (int i = 0; i < 2; i++)
        {
            var (tag, text) = await s.ReadCommandAsync();
            Assert.StartsWith("UID FETCH 5 (", text);
            await s.SendAsync($"* 1 FETCH (UID 5 FLAGS (\\Seen) INTERNALDATE \"02-Mar-2026 10:00:00 +0000\" BODY[] {{{length}}}");
            using var body = new GeneratedMessageStream(Size);
            await s.SendStreamAsync(body);
            await s.SendAsync(")");
            await s.SendAsync($"{tag} OK done");
        }
    });

    [Fact]
    public async Task A_64_MB_message_is_parsed_and_opened_while_it_arrives()
    {
        using var expected = new GeneratedMessageStream(Size);
        byte[] expectedHash = await SHA256.HashDataAsync(expected);
        await using var server = ServeTwice(expected.Length);
        await using ImapClient client = await ClientFakeServerTests.ClientAsync(server);

        long before = GC.GetTotalAllocatedBytes(precise: true);
        using (ImapMessage message = (await client.GetMessageAsync(5))!)
        {
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            output.WriteLine($"GetMessageAsync allocated {allocated:N0} B for {expected.Length:N0} B");
            Assert.True(allocated < Budget, $"GetMessageAsync allocated {allocated:N0} bytes");
            Assert.True(message.IsSpooled);
            Assert.Equal(expected.Length, message.Length);
            Assert.Equal("large", message.Subject);
            Assert.Equal(expected.Length, message.Parsed.Length);
            Assert.Equal(5u, message.Uid);
            Assert.Single(message.Flags!);
            await using Stream copy = message.OpenStream();
            Assert.Equal(expectedHash, await SHA256.HashDataAsync(copy));
        }

        before = GC.GetTotalAllocatedBytes(precise: true);
        long read;
        byte[] hash;
        await using (Stream body = (await client.OpenBodyAsync(5, BodySection.All))!)
        {
            var counting = new CountingHashStream();
            await body.CopyToAsync(counting);
            read = counting.Length;
            hash = counting.Finish();
        }
        long bodyAllocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"OpenBodyAsync allocated {bodyAllocated:N0} B");
        Assert.True(bodyAllocated < Budget, $"OpenBodyAsync allocated {bodyAllocated:N0} bytes");
        Assert.Equal(expected.Length, read);
        Assert.Equal(expectedHash, hash);
        await server.Completion;
    }

    /// <summary>A write-only sink that hashes and counts what it is given.</summary>
    private sealed class CountingHashStream : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public byte[] Finish() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            _length += buffer.Length;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _hash.Dispose();
            base.Dispose(disposing);
        }
    }
}
