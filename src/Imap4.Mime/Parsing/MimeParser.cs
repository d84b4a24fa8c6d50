using System.IO.Pipelines;

namespace Imap4.Mime.Parsing;

/// <summary>
/// The streaming MIME parser: reads a message once, front to back, keeping only header fields in memory, and returns its
/// structure with byte offsets and line counts. Never throws on malformed input; repairs are listed in the result.
/// One parser core serves both paths: synchronous reads complete every step at once; asynchronous reads await the
/// source without holding a thread while no data is available.
/// </summary>
public static class MimeParser
{
    /// <summary>Parses a message from a stream (read to its end, not disposed).</summary>
    /// <param name="stream">The message bytes (CRLF or bare LF line ends).</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <returns>The parsed structure.</returns>
    public static ParsedMessage Parse(Stream stream, MimeParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new LineReader(stream, synchronous: true);
        var run = new MimeParserRun(reader, options ?? MimeParserOptions.Default);
        var task = run.RunAsync();
        // Every read of a synchronous line reader completes at once, so the whole parse has.
        if (!task.IsCompleted) throw new InvalidOperationException("synchronous parse did not complete synchronously");
        return task.Result;
    }

    /// <summary>Parses a message held in memory.</summary>
    /// <param name="message">The message bytes.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <returns>The parsed structure.</returns>
    public static ParsedMessage Parse(byte[] message, MimeParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var stream = new MemoryStream(message, writable: false);
        return Parse(stream, options);
    }

    /// <summary>Parses a message from a stream with asynchronous reads (read to its end, not disposed).</summary>
    /// <param name="stream">The message bytes.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The parsed structure.</returns>
    public static async ValueTask<ParsedMessage> ParseAsync(Stream stream, MimeParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new LineReader(stream, synchronous: false);
        return await new MimeParserRun(reader, options ?? MimeParserOptions.Default, cancellationToken).RunAsync().ConfigureAwait(false);
    }

    /// <summary>Parses a message from a pipe with asynchronous reads, reading it to its end (the reader is not completed).</summary>
    /// <param name="reader">The pipe.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The parsed structure.</returns>
    public static async ValueTask<ParsedMessage> ParseAsync(PipeReader reader, MimeParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await using var stream = reader.AsStream(leaveOpen: true);
        return await ParseAsync(stream, options, cancellationToken).ConfigureAwait(false);
    }
}
