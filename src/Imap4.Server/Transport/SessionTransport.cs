using System.IO.Compression;
using System.IO.Pipelines;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Imap4.Server.Transport;

/// <summary>
/// The byte pipes a session talks through. It starts as the connection's own pipes; STARTTLS (or implicit TLS) swaps
/// them for pipes over an <see cref="SslStream"/>, and COMPRESS for pipes over raw DEFLATE streams on top of that.
/// </summary>
internal sealed class SessionTransport : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _layers = [];

    public SessionTransport(IDuplexPipe connection)
    {
        Input = connection.Input;
        Output = connection.Output;
    }

    /// <summary>Where commands are read from.</summary>
    public PipeReader Input { get; private set; }

    /// <summary>Where responses are written to.</summary>
    public PipeWriter Output { get; private set; }

    /// <summary>True once TLS is established.</summary>
    public bool IsTls { get; private set; }

    /// <summary>True once COMPRESS=DEFLATE is active.</summary>
    public bool IsCompressed { get; private set; }

    /// <summary>The negotiated TLS protocol and cipher, for logs.</summary>
    public string? TlsDescription { get; private set; }

    /// <summary>
    /// Drops whatever the client sent that has not been read yet. Used right before the TLS handshake of STARTTLS:
    /// plaintext pipelined after STARTTLS must never be taken as if it had come through TLS (command injection).
    /// </summary>
    public void DiscardBufferedInput()
    {
        if (Input.TryRead(out ReadResult result)) Input.AdvanceTo(result.Buffer.End);
    }

    /// <summary>Performs the TLS server handshake and swaps the pipes.</summary>
    /// <param name="certificate">The server certificate.</param>
    /// <param name="timeout">Longest time the handshake may take.</param>
    /// <param name="cancellationToken">Cancels the handshake.</param>
    /// <exception cref="TimeoutException">The client did not complete the handshake in time.</exception>
    public async ValueTask UpgradeToTlsAsync(X509Certificate2 certificate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(new DuplexPipeStream(Input, Output), leaveInnerStreamOpen: false);
        _layers.Add(ssl);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The TLS handshake timed out.");
        }
        TlsDescription = $"{ssl.SslProtocol} {ssl.NegotiatedCipherSuite}";
        IsTls = true;
        Swap(ssl);
    }

    /// <summary>Wraps both directions in raw DEFLATE (RFC 4978, RFC 1951), from the next byte on.</summary>
    public void StartCompression()
    {
        var inner = new DuplexPipeStream(Input, Output);
        var inflate = new DeflateStream(inner, CompressionMode.Decompress, leaveOpen: true);
        var deflate = new DeflateStream(inner, CompressionLevel.Fastest, leaveOpen: true);
        _layers.Add(inflate);
        _layers.Add(deflate);
        Input = PipeReader.Create(inflate, new StreamPipeReaderOptions(leaveOpen: true));
        Output = PipeWriter.Create(deflate, new StreamPipeWriterOptions(leaveOpen: true));
        _layers.Add(new PipeCloser(Input, Output));
        IsCompressed = true;
    }

    private void Swap(Stream stream)
    {
        Input = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        Output = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        _layers.Add(new PipeCloser(Input, Output));
    }

    // Completes the pipes made over a stream (flushing what is left and returning pooled buffers) before the stream closes.
    private sealed class PipeCloser(PipeReader input, PipeWriter output) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await output.CompleteAsync().ConfigureAwait(false);
            }
            finally
            {
                await input.CompleteAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Closes the layers from the outside in (the connection's own pipes belong to Kestrel).</summary>
    public async ValueTask DisposeAsync()
    {
        for (int i = _layers.Count - 1; i >= 0; i--)
        {
            try
            {
                await _layers[i].DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or NotSupportedException)
            {
                // The peer is gone; nothing left to flush to.
            }
        }
        _layers.Clear();
    }
}
