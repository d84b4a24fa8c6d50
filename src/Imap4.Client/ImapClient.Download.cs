using System.IO.Pipelines;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>
    /// Downloads one body section (BODY.PEEK[section], so \Seen is not set) into a stream without holding the message
    /// in memory: a literal of at least <see cref="ImapClientOptions.BodyStreamingThreshold"/> bytes is copied from the
    /// connection to <paramref name="destination"/> as it arrives.
    /// </summary>
    /// <param name="id">The UID (or sequence number when <see cref="UseUid"/> is false).</param>
    /// <param name="section">The section; <see cref="BodySection.All"/> for the whole message.</param>
    /// <param name="destination">Receives the section's bytes.</param>
    /// <param name="cancellationToken">Cancels the command (see the failure model on <see cref="ImapConnection"/>).</param>
    /// <returns>The bytes written, or null when the message or section does not exist.</returns>
    /// <exception cref="IOException">The destination failed (the connection stays usable).</exception>
    public Task<long?> DownloadAsync(uint id, BodySection section, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(section);
        return DownloadCoreAsync(id, FetchAttribute.BodyPeek(section), r => r.GetSection(section), destination, cancellationToken);
    }

    /// <summary>Downloads one body section into a stream, e.g. <c>""</c> (whole message), <c>"1.2"</c>, <c>"TEXT"</c>.</summary>
    /// <param name="id">The message id.</param>
    /// <param name="section">The section specification.</param>
    /// <param name="destination">Receives the section's bytes.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The bytes written, or null when the message or section does not exist.</returns>
    public Task<long?> DownloadAsync(uint id, string section, Stream destination, CancellationToken cancellationToken = default) =>
        DownloadAsync(id, FetchItems.ParseSection(section), destination, cancellationToken);

    /// <summary>
    /// Opens one body section as a stream that reads the data from the connection as it arrives (nothing is buffered
    /// beyond about 128 KiB). Read it to its end or dispose it promptly: the connection is busy until the body has been
    /// received, and it waits while the stream is not read. A missing message or section reads as an empty stream;
    /// failures surface from <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>.
    /// </summary>
    /// <param name="id">The message id.</param>
    /// <param name="section">The section.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The stream.</returns>
    public Stream OpenBodyStream(uint id, BodySection section, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(section);
        Pipe pipe = CreateBodyPipe();
        _ = PumpAsync(FetchAttribute.BodyPeek(section), r => r.GetSection(section), id, pipe.Writer, cancellationToken);
        return pipe.Reader.AsStream();
    }

    /// <summary>Fetches one item of one message; a large literal goes to the destination as it arrives.</summary>
    private async Task<long?> DownloadCoreAsync(uint id, FetchAttribute item, Func<FetchResult, ReadOnlyMemory<byte>?> select, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        FetchCommand command = BuildFetch(id, [item], null);
        FetchStreamResult streamed = await Connection.FetchToStreamAsync(command, destination, _options.BodyStreamingThreshold, cancellationToken).ConfigureAwait(false);
        foreach (FetchResponse f in streamed.Result.Get<FetchResponse>())
        {
            var result = new FetchResult(f);
            if (IdOf(result) != id || select(result) is not { } data) continue;
            if (streamed.StreamedLiterals > 0) return streamed.StreamedBytes;
            await destination.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            return data.Length;
        }
        return null;
    }

    /// <summary>Runs the download into a pipe and completes it (with the failure, if any); the result says whether it existed.</summary>
    private async Task<long?> PumpAsync(FetchAttribute item, Func<FetchResult, ReadOnlyMemory<byte>?> select, uint id, PipeWriter writer, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        long? written = null;
        try
        {
            Stream target = writer.AsStream(leaveOpen: true);
            written = await DownloadCoreAsync(id, item, select, target, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
        }
        await writer.CompleteAsync(failure).ConfigureAwait(false);
        return written;
    }

    // A small window keeps the pooled segments in flight few, so that a huge body allocates almost nothing.
    private static Pipe CreateBodyPipe() =>
        new(new PipeOptions(pauseWriterThreshold: 128 * 1024, resumeWriterThreshold: 64 * 1024, useSynchronizationContext: false));
}
