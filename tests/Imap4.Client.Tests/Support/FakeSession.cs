using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Imap4.Client.Tests.Support;

/// <summary>The server side of one fake connection: line and byte I/O with its own buffer, TLS upgrade.</summary>
internal sealed class FakeSession : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly CancellationToken _cancellationToken;
    private readonly byte[] _buffer = new byte[65536];
    private Stream _stream;
    private int _start;
    private int _end;

    public FakeSession(TcpClient client, CancellationToken cancellationToken)
    {
        _client = client;
        _stream = client.GetStream();
        _cancellationToken = cancellationToken;
    }

    /// <summary>Every line the client sent, without CRLF, in order.</summary>
    public List<string> Received { get; } = [];

    public Task SendAsync(string line) => SendBytesAsync(Encoding.UTF8.GetBytes(line + "\r\n"));

    public async Task SendBytesAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes, _cancellationToken);
        await _stream.FlushAsync(_cancellationToken);
    }

    /// <summary>Copies a stream to the client in 64 KiB pieces with one reused buffer (for huge literals).</summary>
    public async Task SendStreamAsync(Stream source)
    {
        byte[] chunk = new byte[65536];
        int n;
        while ((n = await source.ReadAsync(chunk, _cancellationToken)) > 0)
            await _stream.WriteAsync(chunk.AsMemory(0, n), _cancellationToken);
        await _stream.FlushAsync(_cancellationToken);
    }

    /// <summary>Reads one line (without CRLF); null at end of stream.</summary>
    public async Task<string?> ReadLineAsync()
    {
        var line = new List<byte>();
        while (true)
        {
            if (_start == _end && !await FillAsync()) return null;
            int lf = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            int stop = lf < 0 ? _end : lf + 1;
            line.AddRange(_buffer.AsSpan(_start, stop - _start).ToArray());
            _start = stop;
            if (lf >= 0) break;
        }
        string text = Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\n').TrimEnd('\r');
        Received.Add(text);
        return text;
    }

    /// <summary>Reads a command line and splits off its tag.</summary>
    public async Task<(string Tag, string Text)> ReadCommandAsync()
    {
        string line = await ReadLineAsync() ?? throw new InvalidOperationException("client closed instead of sending a command");
        int space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (line, "") : (line[..space], line[(space + 1)..]);
    }

    /// <summary>Reads exactly n bytes (a literal's data).</summary>
    public async Task<byte[]> ReadBytesAsync(int count)
    {
        var result = new byte[count];
        int got = 0;
        while (got < count)
        {
            if (_start == _end && !await FillAsync()) throw new EndOfStreamException();
            int n = Math.Min(count - got, _end - _start);
            Array.Copy(_buffer, _start, result, got, n);
            _start += n;
            got += n;
        }
        return result;
    }

    /// <summary>True when the client closed (or reset) the connection without sending more (waits for it).</summary>
    public async Task<bool> ReadEndAsync()
    {
        if (_start != _end) return false;
        try
        {
            return !await FillAsync();
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            return true;
        }
    }

    /// <summary>Reads and drops whatever the client sends until it closes.</summary>
    public async Task DrainAsync()
    {
        try
        {
            while (await FillAsync()) { }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    public async Task UpgradeToTlsAsync(X509Certificate2 certificate)
    {
        if (_start != _end) throw new InvalidOperationException("client sent data before the TLS handshake");
        var ssl = new SslStream(_stream, leaveInnerStreamOpen: false);
        await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, _cancellationToken);
        _stream = ssl;
    }

    /// <summary>Closes gracefully (FIN): data already sent still arrives.</summary>
    public void Close()
    {
        _client.Client.Shutdown(SocketShutdown.Both);
        _client.Client.Close();
    }

    /// <summary>Closes abortively (RST).</summary>
    public void Reset() => _client.Client.Close(0);

    private async Task<bool> FillAsync()
    {
        _start = 0;
        _end = await _stream.ReadAsync(_buffer, _cancellationToken);
        return _end > 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}
