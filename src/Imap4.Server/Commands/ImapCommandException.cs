using Imap4.Protocol.Responses;

namespace Imap4.Server.Commands;

/// <summary>
/// Thrown by a command handler (or anything it calls) to refuse the command: the session answers with a tagged
/// <see cref="Kind"/> (NO by default) carrying <see cref="Code"/> and the message, and goes on.
/// </summary>
public sealed class ImapCommandException : Exception
{
    /// <summary>Creates a refusal answered with NO.</summary>
    /// <param name="code">The response code, or null.</param>
    /// <param name="message">The response text.</param>
    public ImapCommandException(ResponseCode? code, string message) : this(StatusKind.No, code, message) { }

    /// <summary>Creates a refusal.</summary>
    /// <param name="kind">NO or BAD.</param>
    /// <param name="code">The response code, or null.</param>
    /// <param name="message">The response text.</param>
    public ImapCommandException(StatusKind kind, ResponseCode? code, string message) : base(message)
    {
        if (kind is not (StatusKind.No or StatusKind.Bad)) throw new ArgumentOutOfRangeException(nameof(kind), "NO or BAD.");
        Kind = kind;
        Code = code;
    }

    /// <summary>Creates a refusal with NO and no code.</summary>
    public ImapCommandException() : this(null, "The command failed.") { }

    /// <summary>Creates a refusal with NO and no code.</summary>
    /// <param name="message">The response text.</param>
    public ImapCommandException(string message) : this(null, message) { }

    /// <summary>Creates a refusal with NO and no code.</summary>
    /// <param name="message">The response text.</param>
    /// <param name="innerException">The cause.</param>
    public ImapCommandException(string message, Exception innerException) : base(message, innerException) => Kind = StatusKind.No;

    /// <summary>NO or BAD.</summary>
    public StatusKind Kind { get; }

    /// <summary>The response code, or null.</summary>
    public ResponseCode? Code { get; }
}
