using Imap4.Protocol.Responses;

namespace Imap4.Server.Commands;

/// <summary>
/// The outcome of a command handler: the tagged status line to send, and optionally what to do once it has been sent
/// (STARTTLS starts the handshake, COMPRESS starts compressing: both only after the tagged OK's CRLF).
/// </summary>
/// <param name="Kind">OK, NO or BAD.</param>
/// <param name="Code">The response code, or null.</param>
/// <param name="Text">The human-readable text.</param>
public sealed record CommandResult(StatusKind Kind, ResponseCode? Code, string Text)
{
    /// <summary>Runs after the tagged response has been written and flushed, or null.</summary>
    public Func<CancellationToken, ValueTask>? AfterResponse { get; init; }

    /// <summary>A tagged OK.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">An optional response code.</param>
    /// <returns>The result.</returns>
    public static CommandResult Ok(string text, ResponseCode? code = null) => new(StatusKind.Ok, code, text);

    /// <summary>A tagged NO: the command was refused.</summary>
    /// <param name="code">The response code (RFC 5530), or null.</param>
    /// <param name="text">The text.</param>
    /// <returns>The result.</returns>
    public static CommandResult No(ResponseCode? code, string text) => new(StatusKind.No, code, text);

    /// <summary>A tagged BAD: the command was not acceptable.</summary>
    /// <param name="code">The response code, usually CLIENTBUG.</param>
    /// <param name="text">The text.</param>
    /// <returns>The result.</returns>
    public static CommandResult Bad(ResponseCode? code, string text) => new(StatusKind.Bad, code, text);
}
