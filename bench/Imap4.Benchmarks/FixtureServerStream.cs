using System.Text;

namespace Imap4.Benchmarks;

/// <summary>
/// The server side of the FETCH fixture as an in-memory duplex stream: the client writes commands, this answers LOGIN,
/// SELECT/EXAMINE INBOX (N EXISTS, UIDVALIDITY 1, UIDNEXT N+1), any FETCH with the fixture bytes, LOGOUT with BYE,
/// and everything else with a plain OK. Reads complete synchronously whenever an answer is queued.
/// </summary>
public sealed class FixtureServerStream : Stream
{
    private readonly byte[] _fetch;
    private readonly int _count;
    private readonly Queue<ReadOnlyMemory<byte>> _outgoing = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly List<byte> _inbound = [];
    private ReadOnlyMemory<byte> _current;
    private bool _closed;

    /// <param name="fetch">The fixture responses (see <see cref="FetchFixture.Stream"/>).</param>
    /// <param name="count">N, the number of messages they describe.</param>
    public FixtureServerStream(byte[] fetch, int count)
    {
        _fetch = fetch;
        _count = count;
        Enqueue("* OK [CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS] fixture ready\r\n");
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_current.IsEmpty)
        {
            lock (_outgoing)
            {
                if (_outgoing.TryDequeue(out ReadOnlyMemory<byte> next)) _current = next;
                else if (_closed) return 0;
            }
            if (_current.IsEmpty) await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        int n = Math.Min(buffer.Length, _current.Length);
        _current.Span[..n].CopyTo(buffer.Span);
        _current = _current[n..];
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        foreach (byte b in buffer)
        {
            _inbound.Add(b);
            if (b != '\n') continue;
            string line = Encoding.ASCII.GetString([.. _inbound]).TrimEnd();
            _inbound.Clear();
            Answer(line);
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Answer(string line)
    {
        string[] words = line.Split(' ', 3);
        string tag = words[0];
        string command = words.Length > 1 ? words[1].ToUpperInvariant() : "";
        if (command == "UID" && words.Length > 2) command = words[2].Split(' ')[0].ToUpperInvariant();
        switch (command)
        {
            case "LOGIN":
                Enqueue($"{tag} OK [CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS] logged in\r\n");
                break;
            case "SELECT" or "EXAMINE":
                Enqueue($"* {_count} EXISTS\r\n* 0 RECENT\r\n* FLAGS (\\Seen)\r\n* OK [UIDVALIDITY 1] ok\r\n* OK [UIDNEXT {_count + 1}] ok\r\n{tag} OK [READ-WRITE] selected\r\n");
                break;
            case "FETCH":
                Enqueue(_fetch);
                Enqueue($"{tag} OK FETCH done\r\n");
                break;
            case "LOGOUT":
                Enqueue($"* BYE bye\r\n{tag} OK bye\r\n");
                lock (_outgoing) _closed = true;
                _available.Release();
                break;
            default:
                Enqueue($"{tag} OK done\r\n");
                break;
        }
    }

    private void Enqueue(string text) => Enqueue(Encoding.ASCII.GetBytes(text));

    private void Enqueue(ReadOnlyMemory<byte> bytes)
    {
        lock (_outgoing) _outgoing.Enqueue(bytes);
        _available.Release();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_outgoing) _closed = true;
            _available.Release();
            _available.Dispose();
        }
        base.Dispose(disposing);
    }
}
