using System.IO.Compression;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Imap4.Server.Tests.Support;

/// <summary>
/// A raw line-level IMAP client for server tests: sends exact bytes, reads lines, and can switch to TLS or DEFLATE
/// the way a real client does. Every read times out so that a broken server fails the test instead of hanging it.
/// </summary>
internal sealed class TestClient : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpClient _tcp;
    private Stream _reader;
    private Stream _writer;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _pos;
    private int _len;

    private TestClient(TcpClient tcp, Stream stream)
    {
        _tcp = tcp;
        _reader = stream;
        _writer = stream;
    }

    public string Greeting { get; private set; } = "";

    public static async Task<TestClient> ConnectAsync(int port, bool implicitTls = false, bool readGreeting = true)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        var client = new TestClient(tcp, tcp.GetStream());
        if (implicitTls) await client.HandshakeAsync();
        if (readGreeting) client.Greeting = await client.ReadLineAsync();
        return client;
    }

    public async Task HandshakeAsync()
    {
        Assert.Equal(_pos, _len); // nothing buffered from before TLS
        // Pinned: the server must present the certificate the test generated.
        var ssl = new SslStream(_tcp.GetStream(), false, (_, cert, _, _) => cert is not null && cert.GetCertHashString() == TestCertificate.Value.GetCertHashString());
        using var cts = new CancellationTokenSource(ReadTimeout);
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost" }, cts.Token);
        _reader = ssl;
        _writer = ssl;
    }

    public void StartCompression()
    {
        Assert.Equal(_pos, _len);
        Stream inner = _reader;
        _reader = new DeflateStream(inner, CompressionMode.Decompress, leaveOpen: true);
        _writer = new DeflateStream(inner, CompressionLevel.Fastest, leaveOpen: true);
    }

    public async Task SendAsync(string text) => await SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] bytes)
    {
        await _writer.WriteAsync(bytes);
        await _writer.FlushAsync();
    }

    /// <summary>Sends <c>tag command</c> and returns every line up to and including the tagged one.</summary>
    public async Task<List<string>> CommandAsync(string tag, string command)
    {
        await SendAsync($"{tag} {command}\r\n");
        return await ReadUntilTaggedAsync(tag);
    }

    public async Task<List<string>> ReadUntilTaggedAsync(string tag)
    {
        var lines = new List<string>();
        while (true)
        {
            string line = await ReadLineAsync();
            lines.Add(line);
            if (line.StartsWith(tag + " ", StringComparison.Ordinal)) return lines;
        }
    }

    /// <summary>Reads one line without CRLF; throws at end of stream or after the timeout.</summary>
    public async Task<string> ReadLineAsync()
    {
        var line = new MemoryStream();
        while (true)
        {
            if (_pos == _len && !await FillAsync()) throw new EndOfStreamException("closed; partial: " + Encoding.UTF8.GetString(line.ToArray()));
            int lf = Array.IndexOf(_buffer, (byte)'\n', _pos, _len - _pos);
            int end = lf < 0 ? _len : lf + 1;
            line.Write(_buffer, _pos, end - _pos);
            _pos = end;
            if (lf >= 0) return Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r', '\n');
        }
    }

    /// <summary>True when the server closes the connection (after reading and ignoring any remaining lines).</summary>
    public async Task<bool> IsClosedAsync()
    {
        try
        {
            while (true)
            {
                if (_pos == _len && !await FillAsync()) return true;
                _pos = _len;
            }
        }
        catch (IOException)
        {
            return true;
        }
    }

    private async Task<bool> FillAsync()
    {
        using var cts = new CancellationTokenSource(ReadTimeout);
        _pos = 0;
        _len = await _reader.ReadAsync(_buffer, cts.Token);
        return _len > 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer != _reader) await _writer.DisposeAsync();
        await _reader.DisposeAsync();
        _tcp.Dispose();
    }
}
