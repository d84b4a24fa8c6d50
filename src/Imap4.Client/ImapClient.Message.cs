using System.IO.Pipelines;
using Imap4.Client.Internal;
using Imap4.Mime;
using Imap4.Mime.Parsing;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

public sealed partial class ImapClient
{
    /// <summary>
    /// Fetches a whole message (BODY.PEEK[], so \Seen is not set) with its flags and internal date. A body of at least
    /// <see cref="ImapClientOptions.BodyStreamingThreshold"/> bytes is never held in memory: it is parsed by
    /// <see cref="MimeParser"/> while it arrives and written to a temporary file at the same time (see
    /// <see cref="ImapMessage.IsSpooled"/>); dispose the message to delete the file.
    /// </summary>
    /// <param name="id">The UID (or sequence number when <see cref="UseUid"/> is false).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The message, or null when there is no such message.</returns>
    public async Task<ImapMessage?> GetMessageAsync(uint id, CancellationToken cancellationToken = default)
    {
        FetchCommand command = BuildFetch(id, [FetchAttribute.Uid, FetchAttribute.Flags, FetchAttribute.InternalDate, FetchAttribute.BodyPeek(BodySection.All)], null);
        FileStream spool = CreateSpoolFile();
        try
        {
            (FetchStreamResult streamed, ParsedMessage parsed) = await FetchParsingAsync(command, spool, cancellationToken).ConfigureAwait(false);
            FetchResult? found = null;
            foreach (FetchResponse f in streamed.Result.Get<FetchResponse>())
                if (new FetchResult(f) is var r && IdOf(r) == id && r.GetSection(BodySection.All) is not null) found = r;
            if (found is null || streamed.StreamedLiterals == 0)
            {
                await spool.DisposeAsync().ConfigureAwait(false);
                return found?.GetSection(BodySection.All) is { } data
                    ? new ImapMessage(data) { Id = id, Uid = found.Uid, Flags = found.Flags, InternalDate = found.InternalDate }
                    : null;
            }
            if (streamed.StreamedLiterals > 1)
                throw new ImapProtocolException($"The server sent {streamed.StreamedLiterals} bodies for one message.");
            await spool.FlushAsync(cancellationToken).ConfigureAwait(false);
            return new ImapMessage(spool, parsed) { Id = id, Uid = found.Uid, Flags = found.Flags, InternalDate = found.InternalDate };
        }
        catch
        {
            await spool.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs the FETCH with its body literal teed into the spool file and the MIME parser.</summary>
    private async Task<(FetchStreamResult, ParsedMessage)> FetchParsingAsync(FetchCommand command, FileStream spool, CancellationToken cancellationToken)
    {
        Pipe pipe = CreateBodyPipe();
        Task<ParsedMessage> parsing = ParseAsync(pipe.Reader, cancellationToken);
        FetchStreamResult streamed;
        try
        {
            await using var tee = new ParsingSpoolStream(spool, pipe.Writer);
            streamed = await Connection.FetchToStreamAsync(command, tee, _options.BodyStreamingThreshold, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await pipe.Writer.CompleteAsync().ConfigureAwait(false);
        }
        return (streamed, await parsing.ConfigureAwait(false));
    }

    /// <summary>Parses from the pipe; when parsing fails the pipe is closed so that the writer never waits for it.</summary>
    private static async Task<ParsedMessage> ParseAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            return await MimeParser.ParseAsync(reader, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            await reader.CompleteAsync(failure).ConfigureAwait(false);
        }
    }

    /// <summary>A temporary file deleted when closed, readable again by path while open (for <see cref="ImapMessage.OpenStream"/>).</summary>
    private FileStream CreateSpoolFile()
    {
        string directory = _options.TemporaryDirectory ?? Path.GetTempPath();
        string path = Path.Combine(directory, "imap4-" + Guid.NewGuid().ToString("N") + ".eml");
        return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 64 * 1024,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
    }

    /// <summary>
    /// Opens one body section (BODY.PEEK[section]), e.g. <c>"1.2"</c>, <c>"HEADER"</c>, <c>"TEXT"</c> or <c>""</c> for
    /// the whole message, as a stream that reads it from the connection as it arrives (see <see cref="OpenBodyAsync(uint, BodySection, CancellationToken)"/>).
    /// </summary>
    /// <param name="id">The message id.</param>
    /// <param name="section">The section specification.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A read-only stream, or null when the message or section does not exist.</returns>
    public Task<Stream?> OpenBodyAsync(uint id, string section, CancellationToken cancellationToken = default) =>
        OpenBodyAsync(id, FetchItems.ParseSection(section), cancellationToken);

    /// <summary>
    /// Opens one body section (BODY.PEEK[section]) as a stream that reads it from the connection as it arrives: at most
    /// about 128 KiB is buffered, whatever the size. Returns once the first bytes (or the end) have arrived. Read the
    /// stream to its end or dispose it promptly: the connection is busy until the body has been received.
    /// </summary>
    /// <param name="id">The message id.</param>
    /// <param name="section">The section.</param>
    /// <param name="cancellationToken">Cancels the command and the reading.</param>
    /// <returns>A read-only stream, or null when the message or section does not exist.</returns>
    public Task<Stream?> OpenBodyAsync(uint id, BodySection section, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(section);
        return OpenStreamingAsync(id, FetchAttribute.BodyPeek(section), r => r.GetSection(section), cancellationToken);
    }

    /// <summary>
    /// Opens a part's decoded content (BINARY.PEEK[part], RFC 3516: the server removes base64 or quoted-printable) as a
    /// stream read from the connection as it arrives, like <see cref="OpenBodyAsync(uint, BodySection, CancellationToken)"/>.
    /// Needs BINARY.
    /// </summary>
    /// <param name="id">The message id.</param>
    /// <param name="part">The part path, e.g. <c>[1, 2]</c> for part 1.2.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A read-only stream, or null when the message or part does not exist.</returns>
    /// <exception cref="NotSupportedException">The server does not announce BINARY.</exception>
    public Task<Stream?> OpenDecodedBodyAsync(uint id, IReadOnlyList<uint> part, CancellationToken cancellationToken = default)
    {
        Require(Capability.Binary, "BINARY");
        ArgumentNullException.ThrowIfNull(part);
        uint[] path = [.. part];
        return OpenStreamingAsync(id, FetchAttribute.BinaryPeek(part), r => r.GetBinary(path), cancellationToken);
    }

    /// <summary>Starts the download into a pipe and waits for its first data, to tell a missing section (null) apart.</summary>
    private async Task<Stream?> OpenStreamingAsync(uint id, FetchAttribute item, Func<FetchResult, ReadOnlyMemory<byte>?> select, CancellationToken cancellationToken)
    {
        Pipe pipe = CreateBodyPipe();
        Task<long?> download = PumpAsync(item, select, id, pipe.Writer, cancellationToken);
        ReadResult first;
        try
        {
            first = await pipe.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Nobody will read: let the download drain into nothing so that the connection stays in step.
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            throw;
        }
        pipe.Reader.AdvanceTo(first.Buffer.Start);
        if (first.Buffer.IsEmpty && first.IsCompleted && await download.ConfigureAwait(false) is null)
        {
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            return null;
        }
        return pipe.Reader.AsStream();
    }
}
