using System.IO.Pipelines;
using Imap4.Protocol.Responses;
using Imap4.Protocol.Wire;
using Imap4.Server.Transport;

namespace Imap4.Server.Session;

/// <summary>
/// Writes responses to the session's current output pipe through <see cref="ImapWriter"/>, flushing per batch with
/// backpressure: <see cref="FlushAsync"/> waits while the client does not read.
/// </summary>
internal sealed class ResponseWriter(SessionTransport transport)
{
    // Above this many unflushed bytes, FlushIfFullAsync sends them (so long outputs stream instead of piling up).
    private const long FlushThreshold = 64 * 1024;

    private ImapWriter? _writer;
    private PipeWriter? _writerOutput;

    /// <summary>True once UTF-8 may be written in quoted strings (IMAP4rev2 or UTF8=ACCEPT enabled).</summary>
    public bool Utf8
    {
        get;
        set
        {
            field = value;
            _writer = null;
        }
    }

    /// <summary>Buffers one response.</summary>
    public void Write(ImapResponse response) => response.Write(CurrentWriter());

    /// <summary>Sends what is buffered, waiting while the client is slow.</summary>
    /// <exception cref="IOException">The client closed the connection.</exception>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        FlushResult result = await transport.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (result.IsCompleted) throw new IOException("The client closed the connection.");
    }

    /// <summary>Flushes when enough output is pending.</summary>
    public ValueTask FlushIfFullAsync(CancellationToken cancellationToken)
    {
        PipeWriter output = transport.Output;
        return output.CanGetUnflushedBytes && output.UnflushedBytes < FlushThreshold ? ValueTask.CompletedTask : FlushAsync(cancellationToken);
    }

    private ImapWriter CurrentWriter()
    {
        // The output pipe changes with STARTTLS and COMPRESS; the writer follows it.
        if (_writer is null || !ReferenceEquals(_writerOutput, transport.Output))
        {
            _writerOutput = transport.Output;
            _writer = new ImapWriter(_writerOutput, ImapWriterOptions.Server with { Utf8 = Utf8 });
        }
        return _writer;
    }
}
