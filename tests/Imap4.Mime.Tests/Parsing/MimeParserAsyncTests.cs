using System.IO.Pipelines;
using System.Text;
using Imap4.Mime.Imap;
using Imap4.Mime.Parsing;
using Imap4.Mime.Tests.Interop;

namespace Imap4.Mime.Tests.Parsing;

public sealed class MimeParserAsyncTests
{
    [Fact]
    public async Task Async_parse_equals_sync_parse_for_any_read_sizes()
    {
        var random = new Random(3);
        foreach (var sample in Corpus.Build().Where(s => s.Bytes.Length < 1_000_000))
        {
            var expected = MimeParser.Parse(sample.Bytes);
            await using var source = new AsyncOnlyStream(new MemoryStream(sample.Bytes), maxRead: random.Next(1, 300), yieldEvery: 3);
            var actual = await MimeParser.ParseAsync(source);
            Assert.Equal(expected.Size, actual.Size);
            Assert.Equal(expected.Repairs, actual.Repairs);
            Assert.Equal(ImapFetchData.BodyStructure(expected.Root), ImapFetchData.BodyStructure(actual.Root));
            Assert.Equal(ImapFetchData.Envelope(expected.Root), ImapFetchData.Envelope(actual.Root));
        }
    }

    [Fact]
    public async Task Waiting_for_data_holds_no_thread_and_never_reads_synchronously()
    {
        var source = new ManualStream();
        var parse = MimeParser.ParseAsync(source).AsTask();
        Assert.False(parse.IsCompleted);
        source.Supply("Subject: hel"u8.ToArray());
        Assert.False(parse.IsCompleted);
        source.Supply("lo\r\n\r\nbody\r\n"u8.ToArray());
        Assert.False(parse.IsCompleted);
        source.Supply([]);
        var m = await parse.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("hello", m.Root.Header["Subject"]);
        Assert.Equal(6, m.Root.BodySize);
    }

    [Fact]
    public async Task Pipe_parse_reads_as_data_arrives()
    {
        var pipe = new Pipe();
        var parse = MimeParser.ParseAsync(pipe.Reader).AsTask();
        byte[] message = Encoding.ASCII.GetBytes("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\none\r\n--b--\r\n");
        foreach (byte b in message)
        {
            await pipe.Writer.WriteAsync(new[] { b });
            Assert.False(parse.IsCompleted);
        }
        await pipe.Writer.CompleteAsync();
        var m = await parse.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Single(m.Root.Children);
    }

    [Fact]
    public async Task Cancellation_stops_a_waiting_parse()
    {
        using var cts = new CancellationTokenSource();
        var parse = MimeParser.ParseAsync(new ManualStream(), cancellationToken: cts.Token).AsTask();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => parse.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_200_MB_message_parses_asynchronously_with_little_heap()
    {
        // Reads complete at once, so the whole async path runs on this thread and its allocations can be counted.
        await using var stream = new AsyncOnlyStream(new GeneratedMessageStream(200L * 1024 * 1024), maxRead: 64 * 1024, yieldEvery: 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var task = MimeParser.ParseAsync(stream);
        Assert.True(task.IsCompleted);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var m = await task;
        Assert.Equal(2, m.Root.Children.Count);
        Assert.True(m.Root.Children[1].BodyLength > 190L * 1024 * 1024);
        Assert.True(allocated < 20L * 1024 * 1024, $"allocated {allocated} bytes");
    }

    /// <summary>Only asynchronous reads (a synchronous read fails the test), of at most maxRead bytes, yielding every few reads.</summary>
    private sealed class AsyncOnlyStream(Stream inner, int maxRead, int yieldEvery) : Stream
    {
        private int _reads;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (yieldEvery > 0 && ++_reads % yieldEvery == 0) await Task.Yield();
            return inner.Read(buffer.Span[..Math.Min(buffer.Length, maxRead)]);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous read");

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream whose asynchronous reads wait until the test supplies data (an empty chunk is the end).</summary>
    private sealed class ManualStream : Stream
    {
        private readonly Queue<byte[]> _chunks = new();
        private readonly Lock _gate = new();
        private TaskCompletionSource? _waiting;

        public void Supply(byte[] chunk)
        {
            TaskCompletionSource? waiting;
            lock (_gate)
            {
                _chunks.Enqueue(chunk);
                waiting = _waiting;
                _waiting = null;
            }
            waiting?.SetResult();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (true)
            {
                Task wait;
                lock (_gate)
                {
                    if (_chunks.Count > 0)
                    {
                        byte[] chunk = _chunks.Dequeue();
                        chunk.CopyTo(buffer);
                        return chunk.Length;
                    }
                    _waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    wait = _waiting.Task;
                }
                await wait.WaitAsync(cancellationToken);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous read");

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
