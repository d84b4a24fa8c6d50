using System.IO.Pipelines;
using Imap4.Mime.Headers;

namespace Imap4.Mime.Parsing;

/// <summary>
/// The streaming MIME parser: reads a message once, front to back, keeping only header fields in memory, and returns its
/// structure with byte offsets and line counts. Never throws on malformed input; repairs are listed in the result.
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
        return new MimeParserRun(new LineReader(stream), options ?? MimeParserOptions.Default).Run();
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

    /// <summary>Parses a message from a stream, reading it to its end.</summary>
    /// <param name="stream">The message bytes.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The parsed structure.</returns>
    public static Task<ParsedMessage> ParseAsync(Stream stream, MimeParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Task.Run(() => Parse(stream, options), cancellationToken);
    }

    /// <summary>Parses a message from a pipe, reading it to its end (the parse runs on the thread pool).</summary>
    /// <param name="reader">The pipe.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The parsed structure.</returns>
    public static async Task<ParsedMessage> ParseAsync(PipeReader reader, MimeParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await using var stream = reader.AsStream(leaveOpen: true);
        return await Task.Run(() => Parse(stream, options), cancellationToken).ConfigureAwait(false);
    }
}
