using Imap4.Protocol.Responses;
using Imap4.Server.Session;
using Microsoft.Extensions.Logging;

namespace Imap4.Server.Commands;

/// <summary>What a handler works with while executing one command: the session, the tag, and the response channel.</summary>
public sealed class CommandContext
{
    internal CommandContext(ImapSession session, string tag)
    {
        Session = session;
        Tag = tag;
    }

    /// <summary>The session.</summary>
    public ImapSession Session { get; }

    /// <summary>The command's tag.</summary>
    public string Tag { get; }

    /// <summary>The server options.</summary>
    public ImapServerOptions Options => Session.Options;

    /// <summary>The session's logger.</summary>
    public ILogger Logger => Session.Logger;

    /// <summary>Buffers a response (sent at the latest with the tagged result).</summary>
    /// <param name="response">The response.</param>
    public void Write(ImapResponse response) => Session.Writer.Write(response);

    /// <summary>
    /// Writes a response and, once enough output is pending, flushes it and waits while the client is slow to read
    /// (backpressure): a handler producing many responses never holds them all in memory.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the response is buffered or sent.</returns>
    public ValueTask WriteAsync(ImapResponse response, CancellationToken cancellationToken)
    {
        Session.Writer.Write(response);
        return Session.Writer.FlushIfFullAsync(cancellationToken);
    }

    /// <summary>Sends everything buffered.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when sent.</returns>
    public ValueTask FlushAsync(CancellationToken cancellationToken) => Session.Writer.FlushAsync(cancellationToken);

    /// <summary>Sends a continuation request (<c>+ text</c>) and flushes.</summary>
    /// <param name="text">The text (base64 for SASL challenges).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when sent.</returns>
    public ValueTask SendContinuationAsync(string text, CancellationToken cancellationToken)
    {
        Session.Writer.Write(new ContinuationResponse(text));
        return Session.Writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Reads one line of continuation data (a SASL response, IDLE's DONE), without its line end, honouring the session's
    /// line-length limit and inactivity timer.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The line, or null when the client closed the connection.</returns>
    /// <exception cref="ImapCommandException">The line is longer than the limit (answered BAD).</exception>
    public ValueTask<byte[]?> ReadLineAsync(CancellationToken cancellationToken) => Session.ReadContinuationLineAsync(cancellationToken);
}
