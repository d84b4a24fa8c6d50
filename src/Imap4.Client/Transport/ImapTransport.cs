using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;

namespace Imap4.Client.Transport;

/// <summary>
/// The byte stream under a connection and its layers: TCP, a child process's stdin/stdout or a caller's stream; then
/// TLS (at once or after STARTTLS); then COMPRESS=DEFLATE. Knows whether passwords may cross it in clear text.
/// </summary>
internal sealed class ImapTransport : IAsyncDisposable
{
    private readonly TcpClient? _tcp;
    private readonly Process? _process;
    private readonly bool _leaveOpen;
    private Stream _stream;

    private ImapTransport(Stream stream, TcpClient? tcp, Process? process, bool isLocal, bool leaveOpen)
    {
        _stream = stream;
        _tcp = tcp;
        _process = process;
        IsLocal = isLocal;
        _leaveOpen = leaveOpen;
        IsEncrypted = stream is SslStream { IsAuthenticated: true, IsEncrypted: true };
    }

    /// <summary>The current top layer, read and written by the connection.</summary>
    public Stream Stream => _stream;

    /// <summary>TLS is in place.</summary>
    public bool IsEncrypted { get; private set; }

    /// <summary>COMPRESS=DEFLATE is in place.</summary>
    public bool IsCompressed { get; private set; }

    /// <summary>The peer is on the loopback interface or a local child process: nothing crosses a network in clear.</summary>
    public bool IsLocal { get; }

    /// <summary>A short description for logs.</summary>
    public string Description { get; private init; } = "stream";

    public static async Task<ImapTransport> ConnectTcpAsync(string host, int port, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            await tcp.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
            bool loopback = tcp.Client.RemoteEndPoint is IPEndPoint ep && IPAddress.IsLoopback(ep.Address);
            return new ImapTransport(tcp.GetStream(), tcp, null, loopback, leaveOpen: false)
            {
                Description = $"tcp {host}:{port}",
            };
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    public static ImapTransport FromStream(Stream stream, bool leaveOpen) =>
        new(stream, null, null, isLocal: false, leaveOpen) { Description = stream.GetType().Name };

    /// <summary>Starts the process with stdin and stdout redirected (imaplib's IMAP4_stream).</summary>
    public static ImapTransport StartProcess(ProcessStartInfo startInfo)
    {
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.UseShellExecute = false;
        var process = Process.Start(startInfo) ?? throw new ImapConnectionException($"could not start '{startInfo.FileName}'");
        var duplex = new DuplexStream(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        return new ImapTransport(duplex, null, process, isLocal: true, leaveOpen: false)
        {
            Description = $"process {startInfo.FileName} (pid {process.Id})",
        };
    }

    /// <summary>Runs the TLS handshake over the current stream and makes TLS the top layer.</summary>
    public async Task StartTlsAsync(SslClientAuthenticationOptions options, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(_stream, leaveInnerStreamOpen: false);
        await ssl.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
        _stream = ssl;
        IsEncrypted = true;
    }

    /// <summary>
    /// Adds raw deflate both ways. <paramref name="alreadyReceived"/> holds bytes read past the COMPRESS response:
    /// they are already compressed and are inflated first.
    /// </summary>
    public void StartCompression(ReadOnlyMemory<byte> alreadyReceived)
    {
        var input = new DeflateStream(new PrefixedStream(alreadyReceived, _stream), CompressionMode.Decompress);
        var output = new DeflateStream(_stream, CompressionLevel.Fastest, leaveOpen: true);
        _stream = new DuplexStream(input, output);
        IsCompressed = true;
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _stream.FlushAsync(cancellationToken);

    /// <summary>Breaks the connection at once so that pending reads and writes fail (used on timeouts and failures).</summary>
    public void Abort()
    {
        try
        {
            _tcp?.Client.Close(0);
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Already gone: nothing to abort.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_leaveOpen) await _stream.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or InvalidDataException)
        {
            // A compressed or TLS stream may try to write its final bytes to a dead socket.
        }
        _tcp?.Dispose();
        if (_process is not null) await StopProcessAsync(_process).ConfigureAwait(false);
    }

    private static async Task StopProcessAsync(Process process)
    {
        try
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        finally
        {
            process.Dispose();
        }
    }
}
